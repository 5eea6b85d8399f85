package org.polnet.audit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When the sealer signs a checkpoint: once 1,000 entries (by default) have been chained since the last one, or
 * once chained entries have waited 5 minutes (by default) for a signature, whichever comes first.
 *
 * @param everyEntries  entries between checkpoints
 * @param everyInterval longest wait of a chained entry for a signature
 */
record CheckpointPolicy(long everyEntries, Duration everyInterval) {

	/**
	 * @param lastSequence           the chain's last sequence
	 * @param lastCheckpointSequence the sequence of the last checkpoint, 0 when none
	 * @param unsignedSince          when the oldest entry after the last checkpoint was chained, if known
	 */
	boolean due(long lastSequence, long lastCheckpointSequence, @Nullable Instant unsignedSince, Instant now) {
		if (lastSequence <= lastCheckpointSequence) {
			return false;
		}
		return lastSequence - lastCheckpointSequence >= everyEntries
				|| (unsignedSince != null && !now.isBefore(unsignedSince.plus(everyInterval)));
	}
}
