package org.polnet.bicycles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.PoliceRecord;

/** A stolen bicycle, known by its frame number: the smallest complete database on the records skeleton. */
public record Bicycle(long id, String frameNumber, String make, RecordAccess access, Instant createdAt,
		LocalDate reviewAt, String statusName, @Nullable String withdrawnReason) implements PoliceRecord {

	@Override
	public String reference() {
		return Bicycles.KIND.reference(id);
	}

	@Override
	public String summary() {
		return "Bicycle " + make + " " + frameNumber;
	}

	@Override
	public boolean active() {
		return statusName.equals("STOLEN");
	}

	static Bicycle fromRow(ResultSet rs, int row) throws SQLException {
		return new Bicycle(rs.getLong("id"), rs.getString("frame_number"), rs.getString("make"), RecordAccess.fromRow(rs),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("review_at", LocalDate.class), rs.getString("status"),
				rs.getString("withdrawn_reason"));
	}
}
