package org.polnet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-walks the whole chain, its blocks and its signed checkpoints against the audit key kept outside the
 * database, and reports either "intact" with counts or the first broken row. Reads one consistent snapshot, a
 * thousand rows at a time, so it runs beside live traffic.
 */
@Service
public class AuditVerifier {

	private static final String WALK = "SELECT c.sequence, c.entry_id, c.block, c.hash, (e.id IS NOT NULL) AS has_entry, "
			+ AuditRows.ENTRY_COLUMNS + """
			, b.number AS b_number, b.first_sequence, b.last_sequence, b.hash AS b_hash,
			  k.sequence AS k_sequence, k.hash AS k_hash, k.created_at AS k_created_at, k.key_id, k.signature
			FROM audit_chain c
			LEFT JOIN audit_entry e ON e.id = c.entry_id
			LEFT JOIN audit_block b ON b.number = c.block
			LEFT JOIN audit_checkpoint k ON k.sequence = c.sequence
			ORDER BY c.sequence""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	private final AuditKeys keys;

	private final Clock clock;

	AuditVerifier(DataSource dataSource, PlatformTransactionManager transactionManager, AuditKeys keys, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1_000); // a cursor, not the whole trail in memory
		this.snapshot = new TransactionTemplate(transactionManager);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.keys = keys;
		this.clock = clock;
	}

	public Verification verify() {
		Verification verification = snapshot.execute(status -> walk());
		if (verification == null) {
			throw new IllegalStateException("The verification transaction returned nothing");
		}
		return verification;
	}

	private Verification walk() {
		ChainCheck check = new ChainCheck(keys.byId());
		jdbc.query(WALK, (ResultSet rows) -> {
			while (rows.next() && check.accept(row(rows))) {
				// each row checked in accept; stops at the first break
			}
			return null;
		});
		long lastBlock = count("SELECT coalesce(max(number), 0) FROM audit_block");
		long lastCheckpoint = count("SELECT coalesce(max(sequence), 0) FROM audit_checkpoint");
		check.finish(lastBlock, lastCheckpoint);
		long awaitingSeal = count("SELECT (SELECT count(*) FROM audit_entry) - (SELECT count(*) FROM audit_chain)");
		return check.result(Math.max(0, awaitingSeal), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
	}

	private static ChainCheck.Row row(ResultSet row) throws SQLException {
		long sequence = row.getLong("sequence");
		ChainCheck.Block block = row.getObject("b_number") == null ? null
				: new ChainCheck.Block(row.getLong("b_number"), row.getLong("first_sequence"),
						row.getLong("last_sequence"), row.getBytes("b_hash"));
		ChainCheck.Checkpoint checkpoint = row.getObject("k_sequence") == null ? null
				: new ChainCheck.Checkpoint(row.getLong("k_sequence"), row.getBytes("k_hash"),
						row.getObject("k_created_at", OffsetDateTime.class).toInstant(), row.getString("key_id"),
						row.getBytes("signature"));
		return new ChainCheck.Row(sequence, row.getLong("entry_id"), entry(row, sequence), row.getBytes("hash"),
				row.getLong("block"), block, checkpoint);
	}

	/** The row's entry; a removed one is null, and one changed beyond reading counts as removed. */
	private static @Nullable AuditEntry entry(ResultSet row, long sequence) throws SQLException {
		if (!row.getBoolean("has_entry")) {
			return null;
		}
		try {
			return AuditRows.entry(row, sequence);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}

	private long count(String sql) {
		Long value = jdbc.queryForObject(sql, Long.class);
		return value == null ? 0 : value;
	}
}
