package org.polnet.artworks;

import org.polnet.records.Change;

/**
 * A WoA record was amended, recovered or withdrawn (published in the changing transaction).
 *
 * @param before the record as it was
 */
public record ArtworkChanged(Artwork before, Artwork work, Change change) {
}
