package org.polnet.hits;

/** Both the owner office and the checking office confirmed the hit: the match is real. */
public record HitConfirmed(long hitId, String database, String recordReference, String ownerOffice,
		String checkingOffice) {
}
