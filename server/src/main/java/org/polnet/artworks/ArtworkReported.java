package org.polnet.artworks;

/** A stolen work of art was reported to WoA (published in the reporting transaction). */
public record ArtworkReported(Artwork work) {
}
