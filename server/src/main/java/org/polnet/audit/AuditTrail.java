package org.polnet.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes audit records in the caller's transaction: the entry commits with the business change it describes,
 * or not at all. Writing takes no lock shared with other writers; chaining (sequence, hashes, blocks,
 * checkpoints) happens a few milliseconds after commit, in the {@link AuditSealer}.
 */
@Service
public class AuditTrail {

	// xid defaults to pg_current_xact_id(): the sealer uses it to know when an entry can no longer appear late
	private static final String INSERT = """
			INSERT INTO audit_entry (recorded_at, actor, actor_type, office, action, target, purpose, outcome, client_address)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AuditSealer sealer;

	private final GroupCommit groupCommit;

	AuditTrail(JdbcTemplate jdbc, Clock clock, AuditSealer sealer, GroupCommit groupCommit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sealer = sealer;
		this.groupCommit = groupCommit;
	}

	/** Joins the caller's transaction, or runs in its own when there is none. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		OffsetDateTime now = now();
		jdbc.update(INSERT, statement -> bind(statement, record, now));
		sealAfterCommit();
	}

	/**
	 * Writes many records in one JDBC batch, in the caller's transaction (or its own): for callers that audit in
	 * volume, such as a border system checking a whole flight's passengers.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAll(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		OffsetDateTime now = now();
		jdbc.batchUpdate(INSERT, records, 1_000, (statement, record) -> bind(statement, record, now));
		sealAfterCommit();
	}

	/**
	 * Writes the records in a transaction shared with other callers' records (group commit) and returns once they
	 * are durably committed; throws when they could not be written, so the caller can refuse to answer. For
	 * requests that audit at volume and write nothing else, such as a border system's checks: the records are not
	 * part of any transaction the caller has open, so use {@link #recordAll} when they must commit with a change.
	 */
	public void recordCommitted(List<AuditRecord> records) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("recordCommitted writes outside the caller's transaction: use recordAll");
		}
		groupCommit.recordAndWait(records);
	}

	private OffsetDateTime now() {
		// PostgreSQL keeps microseconds: truncating here makes the stored time the one that gets hashed
		return Instant.now(clock).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	private static void bind(PreparedStatement statement, AuditRecord record, OffsetDateTime at) throws SQLException {
		statement.setObject(1, at, Types.TIMESTAMP_WITH_TIMEZONE);
		statement.setString(2, record.actor());
		statement.setString(3, record.actorType().name());
		statement.setString(4, record.office());
		statement.setString(5, record.action());
		statement.setString(6, record.target());
		statement.setString(7, record.purpose());
		statement.setString(8, record.outcome().name());
		statement.setString(9, record.clientAddress());
	}

	/** Wakes the sealer once the entry is committed, so it is chained within milliseconds even when idle. */
	private void sealAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sealer.wake();
				}
			});
		}
		else {
			sealer.wake();
		}
	}
}
