/** The MIND page and the MIND API (public key, package download). */
@org.jspecify.annotations.NullMarked
package org.polnet.mind.web;
