package org.polnet.audit;

import java.security.MessageDigest;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sealing round, in one transaction: chains the entries that can no longer change into the next block and,
 * when due, signs a checkpoint.
 * <p>
 * Which entries: every entry carries the id of the transaction that wrote it ({@code xid}). Entries whose xid is
 * below {@code pg_snapshot_xmin(pg_current_snapshot())}, the oldest transaction still running, are final:
 * committed (and visible) or rolled back (and gone for good). Any entry still to come has an xid at or above it.
 * So sealing, in (xid, id) order, the final entries after the last one sealed never skips an entry, however late
 * its transaction commits; a long transaction only delays sealing until it ends.
 * <p>
 * Several application nodes may run a sealer: a transaction-scoped advisory lock lets one seal at a time, and
 * each round reads the chain's head from the database.
 */
final class Sealing {

	/**
	 * The advisory lock key: "polnet audit" folded into a bigint; no other module uses advisory locks yet. Held by
	 * one sealing round at a time, across nodes (tests wait on it to run a round of their own).
	 */
	static final long LOCK = 0x706f6c6e65744175L;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AuditKeys keys;

	private final CheckpointPolicy policy;

	private final int blockLimit;

	/** When the oldest chained entry not yet covered by a checkpoint was sealed; null when all are signed. */
	private volatile @Nullable Instant unsignedSince;

	Sealing(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, AuditKeys keys, CheckpointPolicy policy,
			int blockLimit) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.keys = keys;
		this.policy = policy;
		this.blockLimit = blockLimit;
	}

	int blockLimit() {
		return blockLimit;
	}

	/** Runs one round; returns how many entries it chained. */
	int sealOnce() {
		Integer sealed = transactions.execute(status -> sealInTransaction());
		return sealed == null ? 0 : sealed;
	}

	private int sealInTransaction() {
		if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
			return 0; // another node is sealing right now
		}
		// Taken before this transaction writes anything, so it does not count itself as running. The planner
		// settings (this transaction only) keep the next query an ordered index scan that reads just the rows it
		// returns: the statistics of a fast-growing table always underestimate the backlog, and with them
		// PostgreSQL chose to scan and sort the whole table or backlog on every round.
		String horizon = jdbc.queryForObject("""
				SELECT pg_snapshot_xmin(pg_current_snapshot())::text
				  FROM (SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true),
				               set_config('enable_sort', 'off', true)) AS planner""", String.class);
		Head head = head();
		List<AuditEntry> entries = finalEntriesAfter(head, Long.parseUnsignedLong(horizon));
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		if (entries.isEmpty()) {
			checkpointIfDue(head.sequence(), head.hash(), now);
			return 0;
		}
		long blockNumber = head.block() + 1;
		MessageDigest blockDigest = ChainHashing.blockDigest(head.blockHash(), blockNumber);
		Long[] sequences = new Long[entries.size()];
		Long[] entryIds = new Long[entries.size()];
		String[] hashes = new String[entries.size()];
		byte[] hash = head.hash();
		long sequence = head.sequence();
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry entry = entries.get(i);
			sequence++;
			hash = ChainHashing.rowHash(hash, sequence, entry);
			blockDigest.update(hash);
			sequences[i] = sequence;
			entryIds[i] = entry.id();
			hashes[i] = ChainHashing.hex(hash);
		}
		jdbc.update("INSERT INTO audit_block (number, first_sequence, last_sequence, sealed_at, hash) VALUES (?, ?, ?, ?, ?)",
				blockNumber, head.sequence() + 1, sequence, now.atOffset(ZoneOffset.UTC), blockDigest.digest());
		insertChainRows(blockNumber, sequences, entryIds, hashes);
		if (unsignedSince == null) {
			unsignedSince = now;
		}
		checkpointIfDue(sequence, hash, now);
		return entries.size();
	}

	/**
	 * The next entries in sealing order, up to the horizon. The horizon is applied here rather than in SQL: the
	 * entries come in xid order, so the final ones come first, and the query stays a plain ordered index scan
	 * that reads only what it returns (with the horizon in SQL, PostgreSQL chose to sort the whole backlog).
	 */
	private List<AuditEntry> finalEntriesAfter(Head head, long horizon) {
		return jdbc.query("SELECT e.xid::text AS xid, " + AuditRows.ENTRY_COLUMNS
				+ " FROM audit_entry e WHERE (e.xid, e.id) > (?::xid8, ?) ORDER BY e.xid, e.id LIMIT ?", rows -> {
					List<AuditEntry> entries = new ArrayList<>();
					while (rows.next() && Long.compareUnsigned(Long.parseUnsignedLong(rows.getString("xid")), horizon) < 0) {
						entries.add(AuditRows.entry(rows, null));
					}
					return entries;
				}, head.xid(), head.entryId(), blockLimit);
	}

	/** One statement for the whole block: arrays unnested by PostgreSQL instead of one insert per row. */
	private void insertChainRows(long block, Long[] sequences, Long[] entryIds, String[] hashes) {
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement("""
					INSERT INTO audit_chain (sequence, entry_id, block, hash)
					SELECT s, e, ?, decode(h, 'hex') FROM unnest(?::bigint[], ?::bigint[], ?::text[]) AS t(s, e, h)""");
			Array sequenceArray = connection.createArrayOf("bigint", sequences);
			Array entryArray = connection.createArrayOf("bigint", entryIds);
			Array hashArray = connection.createArrayOf("text", hashes);
			statement.setLong(1, block);
			statement.setArray(2, sequenceArray);
			statement.setArray(3, entryArray);
			statement.setArray(4, hashArray);
			return statement;
		});
	}

	private void checkpointIfDue(long lastSequence, byte[] lastHash, Instant now) {
		if (lastSequence == 0) {
			return;
		}
		Long lastCheckpoint = jdbc.queryForObject("SELECT coalesce(max(sequence), 0) FROM audit_checkpoint", Long.class);
		long checkpointed = lastCheckpoint == null ? 0 : lastCheckpoint;
		if (lastSequence > checkpointed && unsignedSince == null) {
			unsignedSince = now; // entries left unsigned by an earlier run: the clock starts now
		}
		if (!policy.due(lastSequence, checkpointed, unsignedSince, now)) {
			return;
		}
		byte[] signature = keys.sign(ChainHashing.checkpointMessage(lastSequence, lastHash, now));
		jdbc.update("INSERT INTO audit_checkpoint (sequence, hash, created_at, key_id, signature) VALUES (?, ?, ?, ?, ?)",
				statement -> {
					statement.setLong(1, lastSequence);
					statement.setBytes(2, lastHash);
					statement.setObject(3, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
					statement.setString(4, keys.keyId());
					statement.setBytes(5, signature);
				});
		unsignedSince = null;
	}

	private Head head() {
		List<Head> heads = jdbc.query("""
				SELECT c.sequence, c.hash, e.xid::text AS xid, c.entry_id, b.number, b.hash AS block_hash
				FROM audit_chain c
				LEFT JOIN audit_entry e ON e.id = c.entry_id
				LEFT JOIN audit_block b ON b.number = c.block
				ORDER BY c.sequence DESC LIMIT 1""", (row, n) -> {
			if (row.getString("xid") == null || row.getBytes("block_hash") == null) {
				// never continue a chain whose head was removed: that would seal entries twice
				throw new IllegalStateException("The audit chain's last row (sequence " + row.getLong("sequence")
						+ ") has lost its entry or block: run the audit verifier");
			}
			return new Head(row.getLong("sequence"), row.getBytes("hash"), row.getString("xid"), row.getLong("entry_id"),
					row.getLong("number"), row.getBytes("block_hash"));
		});
		return heads.isEmpty() ? Head.START : heads.getFirst();
	}

	/** The last chained row: where the next block continues. */
	private record Head(long sequence, byte[] hash, String xid, long entryId, long block, byte[] blockHash) {

		static final Head START = new Head(0, ChainHashing.GENESIS, "0", 0, 0, ChainHashing.GENESIS);
	}
}
