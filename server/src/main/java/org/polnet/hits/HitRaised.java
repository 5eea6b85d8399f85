package org.polnet.hits;

import java.time.Instant;

/** A hit was raised: the owner office must be told at once (messaging, command centre, the live badge). */
public record HitRaised(long hitId, String database, String recordReference, String ownerOffice,
		String checkingOffice, Instant checkedAt) {
}
