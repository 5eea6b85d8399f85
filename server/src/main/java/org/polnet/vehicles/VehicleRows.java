package org.polnet.vehicles;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.access.SqlFilter;
import org.polnet.records.Change;
import org.polnet.records.HistoryEntry;
import org.polnet.records.HistoryTable;
import org.polnet.records.RecordListing;
import org.polnet.records.RecordSearch;
import org.polnet.records.RecordTable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SMV tables: the only SQL on them. */
@Component
class VehicleRows implements RecordTable<StolenVehicle, VehicleDraft>, RecordListing<StolenVehicle, VehicleQuery> {

	static final String COLUMNS = "vin, chassis_number, plate, normalised_plate, registration_country, record_key, "
			+ "make, model, model_year, colour, vehicle_type, stolen_on, stolen_place, stolen_country, "
			+ "national_reference, remarks, owner_office, classification, access_scope, access_countries, review_at";

	private final JdbcClient jdbc;

	private final HistoryTable history;

	VehicleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new HistoryTable(jdbc, "vehicles_smv_history", "vehicle_id");
	}

	/** Inserts a stolen vehicle's record and its {@code REPORTED} history line. */
	@Override
	public long insert(VehicleDraft report, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt,
			String reportedBy) {
		long id = jdbc.sql("INSERT INTO vehicles_smv (" + COLUMNS + ", status) VALUES (:vin, :chassis_number, :plate, "
				+ ":normalised_plate, :registration_country, :record_key, :make, :model, :model_year, :colour, "
				+ ":vehicle_type, :stolen_on, :stolen_place, :stolen_country, :national_reference, :remarks, "
				+ ":owner_office, :classification, :access_scope, :access_countries, :review_at, 'STOLEN') RETURNING id")
			.params(columns(report, access, reviewAt))
			.query(Long.class)
			.single();
		history.add(id, reportedBy, Change.REPORTED, VehicleStatus.STOLEN.name(), "");
		return id;
	}

	@Override
	public void update(long id, VehicleDraft report, RecordAccess access, LocalDate reviewAt) {
		jdbc.sql("""
				UPDATE vehicles_smv SET vin = :vin, chassis_number = :chassis_number, plate = :plate,
				    normalised_plate = :normalised_plate, registration_country = :registration_country,
				    record_key = :record_key, make = :make, model = :model, model_year = :model_year,
				    colour = :colour, vehicle_type = :vehicle_type, stolen_on = :stolen_on,
				    stolen_place = :stolen_place, stolen_country = :stolen_country,
				    national_reference = :national_reference, remarks = :remarks, owner_office = :owner_office,
				    classification = :classification, access_scope = :access_scope,
				    access_countries = :access_countries, review_at = :review_at, updated_at = now()
				WHERE id = :id AND status = 'STOLEN'""")
			.params(columns(report, access, reviewAt))
			.param("id", id)
			.update();
	}

	/** Closes a stolen record as recovered or withdrawn (with its reason). */
	@Override
	public void close(long id, Change closing, String note) {
		VehicleStatus status = switch (closing) {
			case RECOVERED -> VehicleStatus.RECOVERED;
			case WITHDRAWN -> VehicleStatus.WITHDRAWN;
			default -> throw new IllegalArgumentException("Not a closing: " + closing);
		};
		jdbc.sql("UPDATE vehicles_smv SET status = :status, closed_at = now(), withdrawn_reason = :reason, "
				+ "updated_at = now() WHERE id = :id AND status = 'STOLEN'")
			.param("status", status.name())
			.param("reason", status == VehicleStatus.WITHDRAWN ? note : null)
			.param("id", id)
			.update();
	}

	@Override
	public void addHistory(long id, String changedBy, Change change, String status, String note) {
		history.add(id, changedBy, change, status, note);
	}

	/** One history row for each record a bulk import added ({@code REPORTED}) or changed ({@code AMENDED}). */
	void importedHistory(List<Long> ids, String changedBy, String change) {
		if (!ids.isEmpty()) {
			jdbc.sql("INSERT INTO vehicles_smv_history (vehicle_id, changed_by, change, status, note) "
					+ "SELECT id, ?, ?, status, 'bulk import' FROM vehicles_smv WHERE id = ANY(?::bigint[])")
				.params(changedBy, change, ids.toArray(Long[]::new))
				.update();
		}
	}

	/** Marks records a bulk import changed (the merge writes only the record's own columns). */
	void touch(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE vehicles_smv SET updated_at = now() WHERE id = ANY(?::bigint[])")
				.param(ids.toArray(Long[]::new))
				.update();
		}
	}

	@Override
	public List<HistoryEntry> historyOf(long id) {
		return history.of(id);
	}

	@Override
	public void renew(long id, LocalDate reviewAt) {
		jdbc.sql("UPDATE vehicles_smv SET review_at = :review, updated_at = now() WHERE id = :id AND status = 'STOLEN'")
			.param("review", reviewAt)
			.param("id", id)
			.update();
	}

	@Override
	public List<StolenVehicle> dueForReview(String ownerOffice, LocalDate by, int page, int size) {
		return RecordSearch.dueForReview(ownerOffice, by, "r.status = 'STOLEN'").page(jdbc, "vehicles_smv", StolenVehicle::fromRow, page, size);
	}

	@Override
	public Optional<StolenVehicle> find(long id) {
		return jdbc.sql("SELECT * FROM vehicles_smv WHERE id = ?").param(id).query(StolenVehicle::fromRow).optional();
	}

	List<StolenVehicle> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM vehicles_smv WHERE id = ANY(?::bigint[])")
			.param(ids.toArray(Long[]::new))
			.query(StolenVehicle::fromRow)
			.list();
	}

	/** The record key of the stolen record holding this plate, if any (to tell a bulk row's plate is taken). */
	Optional<String> activeKeyOfPlate(String registrationCountry, String normalisedPlate) {
		return jdbc.sql("SELECT record_key FROM vehicles_smv WHERE registration_country = ? AND normalised_plate = ? "
				+ "AND closed_at IS NULL")
			.params(registrationCountry, normalisedPlate)
			.query(String.class)
			.optional();
	}

	/** Every stolen record, for building the FIND index at start. */
	void forEachStolen(Consumer<StolenVehicle> action) {
		jdbc.sql("SELECT * FROM vehicles_smv WHERE closed_at IS NULL")
			.query((RowCallbackHandler) rs -> action.accept(StolenVehicle.fromRow(rs, 0)));
	}

	@Override
	public List<StolenVehicle> search(VehicleQuery query, SqlFilter visible, int page, int size) {
		RecordSearch search = new RecordSearch(visible);
		if (!isBlank(query.vin())) {
			search.and("r.vin = :vin", "vin", VehicleRules.normaliseVin(query.vin()));
		}
		if (!isBlank(query.plate())) {
			search.and("r.normalised_plate = :plate", "plate", VehicleRules.normalisePlate(query.plate()));
		}
		if (!isBlank(query.make())) {
			search.and("lower(r.make) LIKE :make", "make", query.make().strip().toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (!isBlank(query.country())) {
			search.and("r.registration_country = :country OR r.stolen_country = :country", "country",
					query.country().strip().toUpperCase(Locale.ROOT));
		}
		if (query.status() != null) {
			search.and("r.status = :status", "status", query.status().name());
		}
		return search.page(jdbc, "vehicles_smv", StolenVehicle::fromRow, page, size);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	/** The key two rows of the same vehicle share: {@code V:<vin>}, else {@code P:<country>:<plate>}. */
	static String recordKey(@Nullable String vin, @Nullable String registrationCountry, @Nullable String normalisedPlate) {
		return vin != null ? "V:" + vin : "P:" + registrationCountry + ":" + normalisedPlate;
	}

	/** The record's columns as stored, in the order of {@link #COLUMNS}. */
	static List<@Nullable Object> values(VehicleDraft report, RecordAccess access, LocalDate reviewAt) {
		String vin = report.vin().isBlank() ? null : VehicleRules.normaliseVin(report.vin());
		boolean hasPlate = !report.plate().isBlank();
		String plate = hasPlate ? report.plate().strip() : null;
		String normalisedPlate = hasPlate ? VehicleRules.normalisePlate(report.plate()) : null;
		String country = hasPlate ? report.registrationCountry() : null;
		String[] countries = access.countries().stream().sorted().toArray(String[]::new);
		return java.util.Arrays.asList(vin, report.chassisNumber().strip(), plate, normalisedPlate, country,
				recordKey(vin, country, normalisedPlate), report.make().strip(), report.model().strip(),
				report.modelYear(), report.colour().strip(), report.type().name(), report.stolenOn(),
				report.stolenPlace().strip(), report.stolenCountry(), report.nationalReference().strip(),
				report.remarks().strip(), access.ownerOffice(), access.classification().name(), access.scope().name(),
				countries, reviewAt);
	}

	private static Map<String, @Nullable Object> columns(VehicleDraft report, RecordAccess access, LocalDate reviewAt) {
		List<@Nullable Object> values = values(report, access, reviewAt);
		String[] names = COLUMNS.split(",\\s*");
		Map<String, @Nullable Object> columns = new HashMap<>();
		for (int i = 0; i < names.length; i++) {
			Object value = values.get(i);
			columns.put(names[i], value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
		}
		return columns;
	}
}
