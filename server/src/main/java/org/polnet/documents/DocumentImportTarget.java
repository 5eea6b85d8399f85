package org.polnet.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.RecordImportTarget;
import org.polnet.records.RecordImportTarget.AccessFields;
import org.polnet.records.Records;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportTarget;
import org.polnet.imports.RowFields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Bulk loading of SLTD records by the issuing country's NCB (target {@code sltd} of the imports module). A row is
 * checked with the same rules as a report through {@link TravelDocuments} ({@link DocumentRules}, the access and review
 * rules, {@link IssuingAuthority}); rows are merged on the active record's key (issuing country, normalised number,
 * type), a new record carries its report (who loaded it), a changed one gets an {@code AMENDED} history row,
 * and the batch's records are published as
 * {@link DocumentsImported} so that FIND sees them as soon as the batch commits.
 */
@Component
class DocumentImportTarget implements ImportTarget<DocumentImportTarget.Row> {

	private static final CopyMerge.Into INTO = new CopyMerge.Into("documents_sltd",
			List.of("document_number", "normalised_number", "issuing_country", "document_type", "reported_on",
					"stolen_or_lost_on", "issued_on", "expires_on", "national_reference", "remarks", "owner_office",
					"classification", "access_scope", "access_countries", "review_at", "status", "reported_by",
					"reported_status", "reported_note"),
			List.of("issuing_country", "normalised_number", "document_type"), "withdrawn_at IS NULL",
			// who reported a record stays who first did: a later file amends it
			List.of("reported_by", "reported_status", "reported_note"));

	private static final List<ImportColumn> COLUMNS = Stream.concat(Stream.of(
			new ImportColumn("number", true, "Document number (spaces and dashes are ignored when comparing)"),
			new ImportColumn("issuing_country", true, "ICAO code of the issuing state or organisation (FRA, D, GBD, UNO...)"),
			new ImportColumn("type", true, names(DocumentType.values())),
			new ImportColumn("status", true, names(DocumentStatus.values())),
			new ImportColumn("reported_on", true, "Date reported (YYYY-MM-DD)"),
			new ImportColumn("stolen_or_lost_on", false, "Date stolen or lost (YYYY-MM-DD)"),
			new ImportColumn("issued_on", false, "Date of issue (YYYY-MM-DD)"),
			new ImportColumn("expires_on", false, "Date of expiry (YYYY-MM-DD)"),
			new ImportColumn("national_reference", false, "The NCB's reference, up to 100 characters"),
			new ImportColumn("remarks", false, "Free remarks, up to 2,000 characters")),
			RecordImportTarget.accessColumns("Review date (YYYY-MM-DD), at most 10 years after the reported date")
				.stream())
		.toList();

	private final TravelDocuments documents;

	private final CopyMerge copy;

	private final DocumentRows rows;

	private final ApplicationEventPublisher events;

	DocumentImportTarget(TravelDocuments documents, CopyMerge copy, DocumentRows rows, ApplicationEventPublisher events) {
		this.documents = documents;
		this.copy = copy;
		this.rows = rows;
		this.events = events;
	}

	/** One valid row: the record's columns and who loaded it (for the history). */
	record Row(DocumentDraft report, RecordAccess recordAccess, LocalDate reportedOn, LocalDate reviewAt,
			String uploader) {

		/** The record as the merge wrote it (an active record: a merge never writes a withdrawn one). */
		TravelDocument written(long id, Instant createdAt) {
			String number = report.documentNumber().trim();
			String normalised = DocumentNumbers.normalise(report.documentNumber());
			return new TravelDocument(id, number.equals(normalised) ? normalised : number, normalised,
					report.issuingCountry().intern(), report.type(), report.status(), reportedOn,
					report.stolenOrLostOn(), report.issuedOn(), report.expiresOn(), report.nationalReference().trim(),
					report.remarks().trim(), recordAccess, createdAt, reviewAt, null, null);
		}

		List<@Nullable Object> values() {
			String[] countries = recordAccess.countries().toArray(String[]::new);
			Arrays.sort(countries);
			return Arrays.asList(report.documentNumber().trim(), DocumentNumbers.normalise(report.documentNumber()),
					report.issuingCountry(), report.type().name(), reportedOn, report.stolenOrLostOn(), report.issuedOn(),
					report.expiresOn(), report.nationalReference().trim(), report.remarks().trim(),
					recordAccess.ownerOffice(), recordAccess.classification().name(), recordAccess.scope().name(),
					"{" + String.join(",", countries) + "}", reviewAt, report.status().name(), uploader,
					report.status().name(), DocumentRows.BULK_IMPORT);
		}
	}

	@Override
	public String name() {
		return "sltd";
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Parsed<Row> parse(Map<String, String> fields, CurrentOfficer uploader) {
		List<RowProblem> problems = new ArrayList<>();
		RowFields row = new RowFields(fields, problems);
		String number = row.text("number");
		String country = row.text("issuing_country").toUpperCase(Locale.ROOT);
		DocumentType type = row.choice("type", DocumentType.class, null);
		DocumentStatus status = row.choice("status", DocumentStatus.class, null);
		LocalDate reportedOn = row.date("reported_on");
		LocalDate stolenOn = row.date("stolen_or_lost_on");
		LocalDate issuedOn = row.date("issued_on");
		LocalDate expiresOn = row.date("expires_on");
		AccessFields access = AccessFields.read(row);
		if (reportedOn == null && !problems.stream().anyMatch(p -> "reported_on".equals(p.field()))) {
			problems.add(new RowProblem("reported_on", "The reported date is required."));
		}
		if (type == null || status == null || !access.complete() || reportedOn == null) {
			return Parsed.rejected(problems);
		}
		DocumentDraft report = new DocumentDraft(number, country, type, status, stolenOn, issuedOn, expiresOn,
				row.text("national_reference"), row.text("remarks"), access.classification(), access.scope(),
				access.countries(), access.reviewAt());
		RecordImportTarget.Checked checked = RecordImportTarget.check(documents, uploader, report, reportedOn, problems);
		if (checked == null) {
			return Parsed.rejected(problems);
		}
		return Parsed.valid(new Row(report, checked.access(), reportedOn, checked.reviewAt(), uploader.username()));
	}

	@Override
	public Object naturalKey(Row row) {
		return List.of(row.report().issuingCountry(), DocumentNumbers.normalise(row.report().documentNumber()),
				row.report().type());
	}

	/**
	 * Copies the batch straight into the table when none of its records exists yet (a first load); otherwise merges
	 * it, takes the written records from the merge itself (no second read) and writes the history rows of the
	 * changed ones in one statement. Publishes the written records for FIND.
	 */
	@Override
	public WriteCounts write(List<Row> batch) {
		Optional<CopyMerge.Inserted> allNew = copy.insertIfAllNew(INTO, "id", batch, Row::values);
		if (allNew.isPresent()) {
			// a first load: every row is a new record, copied straight into the table
			long[] ids = allNew.get().ids();
			List<TravelDocument> inserted = new ArrayList<>(batch.size());
			for (int i = 0; i < batch.size(); i++) {
				inserted.add(batch.get(i).written(ids[i], allNew.get().at()));
			}
			publish(inserted);
			return new WriteCounts(inserted.size(), 0, 0);
		}
		CopyMerge.MergedRows<TravelDocument> merged = copy.mergeReturningRows(INTO, batch, Row::values,
				List.of("id", "created_at"), (row, returned) -> row.written(returned.getLong("id"),
						returned.getTimestamp("created_at").toInstant()));
		if (batch.isEmpty()) {
			return merged.counts();
		}
		rows.amendedByImport(merged.changed(), batch.getFirst().uploader());
		rows.touch(merged.changed().stream().map(TravelDocument::id).toList());
		List<TravelDocument> written = new ArrayList<>(merged.inserted());
		written.addAll(merged.changed());
		publish(written);
		return merged.counts();
	}

	private void publish(List<TravelDocument> written) {
		if (!written.isEmpty()) {
			events.publishEvent(new DocumentsImported(written));
		}
	}

	private static String names(Enum<?>[] values) {
		return RowFields.names(values);
	}
}
