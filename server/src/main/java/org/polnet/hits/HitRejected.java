package org.polnet.hits;

/** Both sides answered and at least one rejected the hit: not the same person, document, vehicle or object. */
public record HitRejected(long hitId, String database, String recordReference, String ownerOffice,
		String checkingOffice) {
}
