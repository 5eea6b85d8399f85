/**
 * WoA: the database of stolen works of art. Records with photos and thumbnails stored in PostgreSQL, a full-text
 * search across their fields filtered by the access policy, and hits for the owner office when another office opens
 * one of its records from a search. The public API is {@link org.polnet.artworks.Artworks}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "audit", "hits", "identity", "members", "records", "refusals", "searchtext" })
@org.jspecify.annotations.NullMarked
package org.polnet.artworks;
