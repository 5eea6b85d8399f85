package org.polnet.documents;

/** Why a travel document is in SLTD. */
public enum DocumentStatus {
	/** Stolen before it was issued to anybody (a blank booklet or card). */
	STOLEN_BLANK,
	/** Stolen from its holder. */
	STOLEN_ISSUED,
	LOST,
	/** Revoked by the issuing authority. */
	REVOKED,
	/** Declared invalid (e.g. replaced after a report). */
	INVALIDATED
}
