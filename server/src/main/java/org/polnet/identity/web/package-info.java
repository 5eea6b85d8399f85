/** The sign-in, second-factor, account and user administration pages. */
@org.jspecify.annotations.NullMarked
package org.polnet.identity.web;
