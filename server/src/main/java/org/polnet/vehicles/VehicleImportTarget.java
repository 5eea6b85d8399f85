package org.polnet.vehicles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.RecordImportTarget;
import org.polnet.records.RecordImportTarget.AccessFields;
import org.polnet.records.Records;
import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportTarget;
import org.polnet.imports.RowFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Bulk loading of stolen vehicles by the NCB of the country where they were stolen (target {@code smv} of the
 * imports module). A row is checked with the same rules as a report through {@link StolenVehicles} ({@link VehicleRules},
 * the access and review rules); rows are merged on the stolen record's key (the VIN, else the registration country
 * and normalised plate), one history row is written per new or changed record, and the batch's records are
 * published as {@link VehiclesImported} so that FIND sees them as soon as the batch commits.
 */
@Component
class VehicleImportTarget implements ImportTarget<VehicleImportTarget.Row> {

	private static final CopyMerge.Into INTO = new CopyMerge.Into("vehicles_smv",
			List.of(VehicleRows.COLUMNS.split(",\\s*")), List.of("record_key"), "closed_at IS NULL");

	private static final List<ImportColumn> COLUMNS = Stream.concat(Stream.of(
			new ImportColumn("vin", false, "VIN, 17 characters (spaces and dashes are ignored); or give plate and registration_country"),
			new ImportColumn("plate", false, "Registration plate in Latin letters and digits"),
			new ImportColumn("registration_country", false, "ISO alpha-3 code of the plate's member country"),
			new ImportColumn("chassis_number", false, "Frame number of a vehicle without VIN, up to 30 characters"),
			new ImportColumn("type", true, RowFields.names(VehicleType.values())),
			new ImportColumn("make", false, "Make, up to 60 characters"),
			new ImportColumn("model", false, "Model, up to 60 characters"),
			new ImportColumn("model_year", false, "Model year (e.g. 2021)"),
			new ImportColumn("colour", false, "Colour, up to 40 characters"),
			new ImportColumn("stolen_on", true, "Date stolen (YYYY-MM-DD)"),
			new ImportColumn("stolen_place", false, "Place of the theft, up to 200 characters"),
			new ImportColumn("stolen_country", true, "ISO alpha-3 code of the country of the theft: the uploader's NCB's"),
			new ImportColumn("national_reference", false, "The NCB's reference, up to 100 characters"),
			new ImportColumn("remarks", false, "Free remarks, up to 2,000 characters")),
			RecordImportTarget.accessColumns("Review date (YYYY-MM-DD), at most 10 years after the theft (the default)")
				.stream())
		.toList();

	private final StolenVehicles vehicles;

	private final CopyMerge copy;

	private final VehicleRows rows;

	private final ApplicationEventPublisher events;

	VehicleImportTarget(StolenVehicles vehicles, CopyMerge copy, VehicleRows rows, ApplicationEventPublisher events) {
		this.vehicles = vehicles;
		this.copy = copy;
		this.rows = rows;
		this.events = events;
	}

	/** One valid row: the record's columns, its key, and who loaded it (for the history). */
	record Row(VehicleDraft report, RecordAccess recordAccess, LocalDate reviewAt, String recordKey, String uploader) {

		List<@Nullable Object> values() {
			List<@Nullable Object> values = new ArrayList<>(VehicleRows.values(report, recordAccess, reviewAt));
			// CopyMerge writes each value's text: the country list as a PostgreSQL array literal
			values.replaceAll(value -> value instanceof String[] countries ? "{" + String.join(",", countries) + "}"
					: value);
			return values;
		}
	}

	@Override
	public String name() {
		return "smv";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Parsed<Row> parse(Map<String, String> fields, CurrentOfficer uploader) {
		List<RowProblem> problems = new ArrayList<>();
		RowFields row = new RowFields(fields, problems);
		VehicleType type = row.choice("type", VehicleType.class, null);
		LocalDate stolenOn = row.date("stolen_on");
		Integer modelYear = row.integer("model_year");
		AccessFields access = AccessFields.read(row);
		if (stolenOn == null && problems.stream().noneMatch(p -> "stolen_on".equals(p.field()))) {
			problems.add(new RowProblem("stolen_on", "The date of the theft is required."));
		}
		if (type == null || stolenOn == null || !access.complete()
				|| problems.stream().anyMatch(p -> "model_year".equals(p.field()))) {
			return Parsed.rejected(problems);
		}
		VehicleDraft report = new VehicleDraft(row.text("vin"), row.text("chassis_number"), row.text("plate"),
				row.text("registration_country").toUpperCase(Locale.ROOT), row.text("make"), row.text("model"),
				modelYear, row.text("colour"), type, stolenOn, row.text("stolen_place"),
				row.text("stolen_country").toUpperCase(Locale.ROOT), row.text("national_reference"),
				row.text("remarks"), access.classification(), access.scope(), access.countries(), access.reviewAt());
		// the review date counts from the theft rather than the upload day, so that the same file uploaded again
		// changes nothing
		RecordImportTarget.Checked checked = RecordImportTarget.check(vehicles, uploader, report, stolenOn, problems);
		if (checked == null) {
			return Parsed.rejected(problems);
		}
		RecordAccess recordAccess = checked.access();
		LocalDate reviewAt = checked.reviewAt();
		List<@Nullable Object> values = VehicleRows.values(report, recordAccess, reviewAt);
		String recordKey = (String) values.get(5);
		String normalisedPlate = (String) values.get(3);
		String country = (String) values.get(4);
		// a stolen record keyed otherwise (another VIN) holding this plate: the merge would break the plate's unique index
		if (normalisedPlate != null && country != null && rows.activeKeyOfPlate(country, normalisedPlate)
			.filter(other -> !other.equals(recordKey))
			.isPresent()) {
			return Parsed.rejected("plate", "Another stolen vehicle record holds this plate (" + country + " "
					+ normalisedPlate + ").");
		}
		return Parsed.valid(new Row(report, recordAccess, reviewAt, recordKey, uploader.username()));
	}

	@Override
	public Object naturalKey(Row row) {
		return row.recordKey();
	}

	/** The plate too: two rows of a batch with different VINs and one plate would break the plate's unique index. */
	@Override
	public List<Object> batchKeys(Row row) {
		VehicleDraft report = row.report();
		if (report.plate() == null || report.plate().isBlank() || report.registrationCountry() == null
				|| report.registrationCountry().isBlank()) {
			return List.of(row.recordKey());
		}
		return List.of(row.recordKey(), "plate:" + report.registrationCountry() + ":" + VehicleRules.normalisePlate(report.plate()));
	}

	@Override
	public WriteCounts write(List<Row> batch) {
		CopyMerge.Merged merged = copy.mergeReturningIds(INTO, batch, Row::values, "id");
		if (batch.isEmpty()) {
			return merged.counts();
		}
		String uploader = batch.getFirst().uploader();
		rows.importedHistory(merged.insertedIds(), uploader, "REPORTED");
		rows.importedHistory(merged.changedIds(), uploader, "AMENDED");
		rows.touch(merged.changedIds());
		List<Long> written = new ArrayList<>(merged.insertedIds());
		written.addAll(merged.changedIds());
		if (!written.isEmpty()) {
			events.publishEvent(new VehiclesImported(rows.findAll(written)));
		}
		return merged.counts();
	}
}
