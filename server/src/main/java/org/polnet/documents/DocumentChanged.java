package org.polnet.documents;

/**
 * An SLTD record changed (published in the amending transaction).
 *
 * @param before the record as it was, so listeners keyed on its number or country can drop the old key
 */
public record DocumentAmended(TravelDocument before, TravelDocument document) {
}
