package org.polnet.artworks;

/** Where a record stands: the work is missing, was found, or the owner withdrew the record (with a reason). */
public enum ArtworkStatus {
	STOLEN, RECOVERED, WITHDRAWN
}
