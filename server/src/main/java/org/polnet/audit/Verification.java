package org.polnet.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What re-walking the trail found: intact with its counts, or the first broken row and what is wrong with it.
 *
 * @param intact         true when every row, block and checkpoint checked out
 * @param entries        chained rows walked (up to the first problem)
 * @param blocks         blocks checked
 * @param checkpoints    signed checkpoints checked
 * @param awaitingSeal   entries committed but not chained yet (normally sealed within milliseconds)
 * @param brokenSequence the sequence number of the first row found broken, when not intact
 * @param problem        what kind of break, when not intact
 * @param detail         the break explained in English, for logs and the command line
 * @param verifiedAt     when the walk ran
 */
public record Verification(boolean intact, long entries, long blocks, long checkpoints, long awaitingSeal,
		@Nullable Long brokenSequence, @Nullable Problem problem, @Nullable String detail, Instant verifiedAt) {

	/** The kinds of break the verifier recognises. */
	public enum Problem {
		/** A sequence number is missing: a chained row was removed. */
		ROW_MISSING,
		/** A chained row points to an entry that no longer exists. */
		ENTRY_MISSING,
		/** The row's hash does not match its content and place: the row was changed, moved or replaced. */
		HASH_MISMATCH,
		/** A block is missing, out of order, or does not span the rows that name it. */
		BLOCK_INVALID,
		/** A block's hash does not match its rows and the previous block. */
		BLOCK_HASH_MISMATCH,
		/** A checkpoint's hash differs from the chain's hash at its sequence. */
		CHECKPOINT_HASH_MISMATCH,
		/** A checkpoint's signature does not verify with the audit key. */
		CHECKPOINT_SIGNATURE_INVALID,
		/** A checkpoint refers to a row that is not in the chain: rows were cut off the end. */
		CHECKPOINT_WITHOUT_ROW
	}

	/** One line for logs and the command line. */
	public String summary() {
		return intact
				? "Audit trail intact: %d entries in %d blocks, %d signed checkpoints verified, %d awaiting seal"
					.formatted(entries, blocks, checkpoints, awaitingSeal)
				: "Audit trail BROKEN at sequence %d (%s): %s".formatted(brokenSequence, problem, detail);
	}
}
