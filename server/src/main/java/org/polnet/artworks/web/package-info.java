/** The WoA pages (search, record, forms, photos) and the artworks API. */
@org.jspecify.annotations.NullMarked
package org.polnet.artworks.web;
