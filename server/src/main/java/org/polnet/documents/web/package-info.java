/** SLTD pages, the border check page and the FIND API. */
@org.jspecify.annotations.NullMarked
package org.polnet.documents.web;
