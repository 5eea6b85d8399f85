package org.polnet.documents;

/** The owner withdrew an SLTD record (published in the withdrawing transaction); FIND no longer matches it. */
public record DocumentWithdrawn(TravelDocument document) {
}
