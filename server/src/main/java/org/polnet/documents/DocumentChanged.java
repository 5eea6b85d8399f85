package org.polnet.documents;

import org.polnet.records.Change;

/**
 * An SLTD record changed: amended or withdrawn (published in the changing transaction). FIND matches only
 * {@link TravelDocument#active() active} records, so a withdrawn one stops matching.
 *
 * @param before the record as it was, so listeners keyed on its number or country can drop the old key
 */
public record DocumentChanged(TravelDocument before, TravelDocument document, Change change) {
}
