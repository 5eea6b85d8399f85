package org.polnet.audit;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.Verification.Problem;

/**
 * Re-walks the chain one row at a time, in sequence order, and stops at the first break. Pure: it is fed the rows
 * and knows nothing of the database, so its rules are tested alone.
 */
final class ChainCheck {

	/**
	 * One chained row as stored, with the block it names and the checkpoint taken at it, if any.
	 *
	 * @param entry the entry the row points to; null when that entry no longer exists
	 */
	record Row(long sequence, long entryId, @Nullable AuditEntry entry, byte[] hash, long blockNumber,
			@Nullable Block block, @Nullable Checkpoint checkpoint) {
	}

	record Block(long number, long firstSequence, long lastSequence, byte[] hash) {
	}

	record Checkpoint(long sequence, byte[] hash, Instant createdAt, String keyId, byte[] signature) {
	}

	private final Map<String, PublicKey> keys;

	private long expectedSequence = 1;

	private byte[] previousHash = ChainHashing.GENESIS;

	private byte[] previousBlockHash = ChainHashing.GENESIS;

	private @Nullable Block block;

	private @Nullable MessageDigest blockDigest;

	private long lastSequenceInBlock;

	private long rows;

	private long blocks;

	private long checkpoints;

	private @Nullable Long brokenSequence;

	private @Nullable Problem problem;

	private @Nullable String detail;

	ChainCheck(PublicKey key) {
		this(Map.of(AuditKeys.fingerprint(key), key));
	}

	/** With every checkpoint key ever used, by key id: a checkpoint verifies with the key it names. */
	ChainCheck(Map<String, PublicKey> keys) {
		this.keys = Map.copyOf(keys);
	}

	/** Checks the next row; false once the chain is broken (later rows are not looked at). */
	boolean accept(Row row) {
		if (broken()) {
			return false;
		}
		if (row.sequence() != expectedSequence) {
			return fail(expectedSequence, Problem.ROW_MISSING, "sequence %d is missing (the next row is %d)"
				.formatted(expectedSequence, row.sequence()));
		}
		if (row.entry() == null) {
			return fail(row.sequence(), Problem.ENTRY_MISSING,
					"the row names entry %d, which is missing or unreadable".formatted(row.entryId()));
		}
		if (row.entry().id() != row.entryId()) {
			return fail(row.sequence(), Problem.ENTRY_MISSING,
					"the row names entry %d but carries entry %d".formatted(row.entryId(), row.entry().id()));
		}
		byte[] hash = ChainHashing.rowHash(previousHash, row.sequence(), row.entry());
		if (!MessageDigest.isEqual(hash, row.hash())) {
			return fail(row.sequence(), Problem.HASH_MISMATCH,
					"the hash of entry %d does not match its content or its place in the chain".formatted(row.entryId()));
		}
		if (!enterBlock(row)) {
			return false;
		}
		blockDigest.update(hash);
		lastSequenceInBlock = row.sequence();
		if (row.checkpoint() != null && !checkpointHolds(row.checkpoint(), hash)) {
			return false;
		}
		previousHash = hash;
		expectedSequence++;
		rows++;
		return true;
	}

	/**
	 * Ends the walk. Blocks or checkpoints beyond the last row mean rows were cut off the end of the chain.
	 *
	 * @param lastBlockNumber      the highest block number stored, 0 when none
	 * @param lastCheckpointSequence the highest checkpoint sequence stored, 0 when none
	 */
	void finish(long lastBlockNumber, long lastCheckpointSequence) {
		if (broken() || !closeBlock()) {
			return;
		}
		long lastSequence = expectedSequence - 1;
		if (lastCheckpointSequence > lastSequence) {
			fail(lastSequence + 1, Problem.CHECKPOINT_WITHOUT_ROW,
					"a checkpoint was signed at sequence %d but the chain ends at %d".formatted(lastCheckpointSequence,
							lastSequence));
		}
		else if (lastBlockNumber > blocks) {
			fail(lastSequence + 1, Problem.BLOCK_INVALID,
					"block %d exists but the chain's rows end in block %d".formatted(lastBlockNumber, blocks));
		}
	}

	Verification result(long awaitingSeal, Instant now) {
		return new Verification(!broken(), rows, blocks, checkpoints, awaitingSeal, brokenSequence, problem, detail,
				now);
	}

	private boolean enterBlock(Row row) {
		if (block != null && block.number() == row.blockNumber()) {
			return true;
		}
		if (!closeBlock()) {
			return false;
		}
		Block next = row.block();
		if (next == null) {
			return fail(row.sequence(), Problem.BLOCK_INVALID,
					"the row names block %d, which does not exist".formatted(row.blockNumber()));
		}
		if (next.number() != blocks + 1 || next.firstSequence() != row.sequence()) {
			return fail(row.sequence(), Problem.BLOCK_INVALID,
					"block %d should be block %d and start at this row, but starts at %d".formatted(next.number(),
							blocks + 1, next.firstSequence()));
		}
		block = next;
		blockDigest = ChainHashing.blockDigest(previousBlockHash, next.number());
		return true;
	}

	private boolean closeBlock() {
		Block current = block;
		if (current == null) {
			return true;
		}
		byte[] hash = blockDigest.digest();
		if (current.lastSequence() != lastSequenceInBlock) {
			return fail(lastSequenceInBlock, Problem.BLOCK_INVALID, "block %d claims to end at %d but ends at %d"
				.formatted(current.number(), current.lastSequence(), lastSequenceInBlock));
		}
		if (!MessageDigest.isEqual(hash, current.hash())) {
			return fail(current.firstSequence(), Problem.BLOCK_HASH_MISMATCH,
					"the hash of block %d does not match its rows and the previous block".formatted(current.number()));
		}
		previousBlockHash = hash;
		block = null;
		blockDigest = null;
		blocks++;
		return true;
	}

	private boolean checkpointHolds(Checkpoint checkpoint, byte[] hash) {
		if (!MessageDigest.isEqual(checkpoint.hash(), hash)) {
			return fail(checkpoint.sequence(), Problem.CHECKPOINT_HASH_MISMATCH,
					"the checkpoint's hash differs from the chain's hash at this row");
		}
		byte[] message = ChainHashing.checkpointMessage(checkpoint.sequence(), checkpoint.hash(), checkpoint.createdAt());
		PublicKey key = keys.get(checkpoint.keyId());
		if (key == null || !AuditKeys.verify(key, message, checkpoint.signature())) {
			String signer = key != null ? "the audit key " + checkpoint.keyId()
					: "another key (" + checkpoint.keyId() + "), not in the audit key's history";
			return fail(checkpoint.sequence(), Problem.CHECKPOINT_SIGNATURE_INVALID,
					"the checkpoint's signature does not verify; it claims to be signed with " + signer);
		}
		checkpoints++;
		return true;
	}

	private boolean broken() {
		return problem != null;
	}

	private boolean fail(long sequence, Problem kind, String explanation) {
		brokenSequence = sequence;
		problem = kind;
		detail = explanation;
		return false;
	}

}
