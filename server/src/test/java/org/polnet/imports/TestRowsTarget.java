package org.polnet.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small SLTD-like database for tests only: documents reported by the NCB of their issuing country, keyed by
 * country and number, written with {@link CopyMerge} like a real target.
 */
@Component
class TestRowsTarget implements ImportTarget<TestRowsTarget.Row> {

	static final String NAME = "test-rows";

	record Row(String country, String number, String kind, @Nullable LocalDate reported, @Nullable String remarks,
			String ownerOffice) {
	}

	private static final CopyMerge.Into INTO = new CopyMerge.Into("imports_test_row",
			List.of("country", "number", "kind", "reported", "remarks", "owner_office"), List.of("country", "number"));

	private static final Set<String> KINDS = Set.of("PASSPORT", "ID_CARD");

	private final CopyMerge copy;

	TestRowsTarget(CopyMerge copy, JdbcClient jdbc) {
		this.copy = copy;
		// created by the schema's owner beforehand where the application's role may not create tables
		// (DatabaseRolesTests): CREATE TABLE IF NOT EXISTS would still need that right
		boolean exists = jdbc.sql("SELECT to_regclass('imports_test_row') IS NOT NULL").query(Boolean.class).single();
		if (!exists) {
			createTable(jdbc);
		}
	}

	static void createTable(JdbcClient jdbc) {
		jdbc.sql("""
				CREATE TABLE IF NOT EXISTS imports_test_row (
				    country text NOT NULL, number text NOT NULL, kind text NOT NULL, reported date, remarks text,
				    owner_office text NOT NULL, PRIMARY KEY (country, number))""").update();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(new ImportColumn("country", true, "Issuing country, ISO 3166 alpha-3"),
				new ImportColumn("number", true, "Document number"),
				new ImportColumn("kind", true, "PASSPORT or ID_CARD"),
				new ImportColumn("reported", false, "Date reported, YYYY-MM-DD"),
				new ImportColumn("remarks", false, "Free text"));
	}

	@Override
	public Parsed<Row> parse(Map<String, String> fields, CurrentOfficer uploader) {
		List<RowProblem> problems = new ArrayList<>();
		String country = fields.get("country").strip().toUpperCase();
		if (!country.equals(uploader.ncbCountry())) {
			problems.add(new RowProblem("country", "only the NCB of the issuing country may report its documents"));
		}
		String kind = fields.get("kind").strip().toUpperCase();
		if (!KINDS.contains(kind)) {
			problems.add(new RowProblem("kind", "must be one of " + KINDS));
		}
		LocalDate reported = null;
		String date = fields.getOrDefault("reported", "");
		if (!date.isBlank()) {
			try {
				reported = LocalDate.parse(date.strip());
			}
			catch (DateTimeParseException e) {
				problems.add(new RowProblem("reported", "not a date (YYYY-MM-DD)"));
			}
		}
		if (!problems.isEmpty()) {
			return Parsed.rejected(problems);
		}
		String remarks = fields.getOrDefault("remarks", "");
		return Parsed.valid(new Row(country, fields.get("number").strip().toUpperCase(), kind, reported,
				remarks.isBlank() ? null : remarks, uploader.officeCode()));
	}

	@Override
	public Object naturalKey(Row row) {
		return List.of(row.country(), row.number());
	}

	@Override
	public WriteCounts write(List<Row> batch) {
		return copy.merge(INTO, batch,
				row -> java.util.Arrays.asList(row.country(), row.number(), row.kind(), row.reported(), row.remarks(),
						row.ownerOffice()));
	}
}
