package org.polnet.vehicles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.PoliceRecord;

/**
 * One SMV record.
 *
 * @param id                  the record's number; its reference is {@code SMV-<id>}
 * @param vin                 the normalised VIN, null when the vehicle is known by its plate only
 * @param plate               the plate as the owner entered it, null when none
 * @param normalisedPlate     the plate as FIND compares it (DocumentNumbers.normalise), null when none
 * @param registrationCountry ISO alpha-3 code of the plate's country, null when no plate
 * @param closedAt            when the record was marked recovered or withdrawn; null while the vehicle is stolen
 */
public record StolenVehicle(long id, @Nullable String vin, String chassisNumber, @Nullable String plate,
		@Nullable String normalisedPlate, @Nullable String registrationCountry, String make, String model,
		@Nullable Integer modelYear, String colour, VehicleType type, LocalDate stolenOn, String stolenPlace,
		String stolenCountry, String nationalReference, String remarks, RecordAccess access, Instant createdAt,
		LocalDate reviewAt, VehicleStatus status, @Nullable Instant closedAt, @Nullable String withdrawnReason)
		implements PoliceRecord {

	public static final String DATABASE = "SMV";

	@Override
	public String reference() {
		return reference(id);
	}

	public static String reference(long id) {
		return DATABASE + "-" + id;
	}

	/** Whether the vehicle is wanted: FIND matches it and the owner may amend it. */
	public boolean stolen() {
		return status == VehicleStatus.STOLEN;
	}

	@Override
	public boolean active() {
		return stolen();
	}

	@Override
	public String statusName() {
		return status.name();
	}

	/** The VIN, or the plate with its country: "VF1AB000123456789" or "FRA AB-123-CD". */
	public String identification() {
		return vin != null ? vin : registrationCountry + " " + plate;
	}

	/** What both sides of a hit may see: "CAR Renault Clio VF1..., STOLEN". */
	@Override
	public String summary() {
		return (type + " " + make + " " + model).replaceAll("\\s+", " ").strip() + " " + identification() + ", "
				+ status;
	}

	static StolenVehicle fromRow(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		String plate = rs.getString("plate");
		String normalised = rs.getString("normalised_plate");
		int year = rs.getInt("model_year");
		Integer modelYear = rs.wasNull() ? null : year;
		String country = rs.getString("registration_country");
		// the FIND index holds every stolen record: share what repeats between records
		return new StolenVehicle(rs.getLong("id"), rs.getString("vin"), shared(rs.getString("chassis_number")),
				plate != null && plate.equals(normalised) ? normalised : plate, normalised,
				country == null ? null : country.intern(), rs.getString("make").intern(), rs.getString("model").intern(),
				modelYear, rs.getString("colour").intern(), VehicleType.valueOf(rs.getString("vehicle_type")),
				rs.getObject("stolen_on", LocalDate.class), shared(rs.getString("stolen_place")),
				rs.getString("stolen_country").intern(), shared(rs.getString("national_reference")),
				shared(rs.getString("remarks")), RecordAccess.fromRow(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getObject("review_at", LocalDate.class), VehicleStatus.valueOf(rs.getString("status")),
				closed == null ? null : closed.toInstant(), rs.getString("withdrawn_reason"));
	}

	private static String shared(String text) {
		return text.isEmpty() ? "" : text;
	}
}
