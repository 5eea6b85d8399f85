package org.polnet.documents;

/** The kinds of travel document SLTD records. */
public enum DocumentType {
	PASSPORT, IDENTITY_CARD, VISA, RESIDENCE_PERMIT, OTHER_TRAVEL_DOCUMENT
}
