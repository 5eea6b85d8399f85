package org.polnet.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.PoliceRecord;

/**
 * One SLTD record.
 *
 * @param id                the record's number; its reference is {@code SLTD-<id>}
 * @param documentNumber    the number as the owner entered it
 * @param normalisedNumber  the number as FIND compares it (DocumentNumbers.normalise)
 * @param issuingCountry    the ICAO code of the issuing state or organisation ({@code FRA}, {@code D}, {@code UNO})
 * @param withdrawnAt       when the owner withdrew the record, null while it is active
 */
public record TravelDocument(long id, String documentNumber, String normalisedNumber, String issuingCountry,
		DocumentType type, DocumentStatus status, LocalDate reportedOn, @Nullable LocalDate stolenOrLostOn,
		@Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn, String nationalReference, String remarks,
		RecordAccess access, Instant createdAt, LocalDate reviewAt, @Nullable Instant withdrawnAt,
		@Nullable String withdrawnReason) implements PoliceRecord {

	public static final String DATABASE = "SLTD";

	@Override
	public String reference() {
		return reference(id);
	}

	public static String reference(long id) {
		return DATABASE + "-" + id;
	}

	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** Active until withdrawn: FIND matches it and its owner may amend it. */
	@Override
	public boolean active() {
		return withdrawnAt == null;
	}

	@Override
	public String statusName() {
		return status.name();
	}

	/** What both sides of a hit may see: "PASSPORT FRA 12AB34567, STOLEN_ISSUED". */
	@Override
	public String summary() {
		return type + " " + issuingCountry + " " + documentNumber + ", " + status;
	}

	static TravelDocument fromRow(ResultSet rs, int row) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		String normalised = rs.getString("normalised_number");
		String number = rs.getString("document_number");
		// the FIND index holds every active record: share what repeats (~140 B less per record)
		return new TravelDocument(rs.getLong("id"), number.equals(normalised) ? normalised : number, normalised,
				rs.getString("issuing_country").intern(), DocumentType.valueOf(rs.getString("document_type")),
				DocumentStatus.valueOf(rs.getString("status")), rs.getObject("reported_on", LocalDate.class),
				rs.getObject("stolen_or_lost_on", LocalDate.class), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("expires_on", LocalDate.class), orEmpty(rs.getString("national_reference")),
				orEmpty(rs.getString("remarks")), RecordAccess.fromRow(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("review_at", LocalDate.class), withdrawn == null ? null : withdrawn.toInstant(),
				rs.getString("withdrawn_reason"));
	}

	private static String orEmpty(String text) {
		return text.isEmpty() ? "" : text;
	}
}
