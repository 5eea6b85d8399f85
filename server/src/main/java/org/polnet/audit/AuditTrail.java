package org.polnet.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit records in the caller's transaction: the entry commits with the business change it describes,
 * or not at all. Chaining (hashes, blocks, checkpoints) happens after commit, off the caller's path.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Joins the caller's transaction, or runs in its own when there is none. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditRecord record) {
		jdbc.sql("""
				INSERT INTO audit_entry (recorded_at, actor, actor_type, office, action, target, purpose, outcome, client_address)
				VALUES (:at, :actor, :actorType, :office, :action, :target, :purpose, :outcome, :client)""")
			.param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("actor", record.actor())
			.param("actorType", record.actorType().name())
			.param("office", record.office())
			.param("action", record.action())
			.param("target", record.target())
			.param("purpose", record.purpose())
			.param("outcome", record.outcome().name())
			.param("client", record.clientAddress())
			.update();
	}
}
