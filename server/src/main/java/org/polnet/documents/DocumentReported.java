package org.polnet.documents;

/** A document was reported to SLTD (published in the reporting transaction). */
public record DocumentReported(TravelDocument document) {
}
