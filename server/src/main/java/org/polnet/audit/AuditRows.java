package org.polnet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Reads entries from result sets; the column names are those of {@code audit_entry}. */
final class AuditRows {

	static final String ENTRY_COLUMNS = "e.id, e.recorded_at, e.actor, e.actor_type, e.office, e.action, e.target, "
			+ "e.purpose, e.outcome, e.client_address";

	static AuditEntry entry(ResultSet row, @Nullable Long sequence) throws SQLException {
		AuditRecord record = new AuditRecord(row.getString("actor"),
				AuditRecord.ActorType.valueOf(row.getString("actor_type")), row.getString("office"),
				row.getString("action"), row.getString("target"), row.getString("purpose"),
				AuditRecord.Outcome.valueOf(row.getString("outcome")), row.getString("client_address"));
		return new AuditEntry(row.getLong("id"), sequence,
				row.getObject("recorded_at", OffsetDateTime.class).toInstant(), record);
	}

	private AuditRows() {
	}
}
