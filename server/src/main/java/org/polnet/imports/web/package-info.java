/** The imports page (upload, progress, rejection report) and API. */
@org.jspecify.annotations.NullMarked
package org.polnet.imports.web;
