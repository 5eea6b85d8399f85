package org.polnet.access;

/**
 * Which member countries' NCBs the owner office lets see a record (beyond itself and the General Secretariat).
 * Stored by name in the {@code access_scope} column.
 */
public enum AccessScope {
	/** Every member's NCB. */
	ALL_MEMBERS,
	/** Only the NCBs of the listed countries; with no country listed, no NCB but the owner. */
	ONLY_LISTED,
	/** Every member's NCB except those of the listed countries. */
	ALL_EXCEPT_LISTED
}
