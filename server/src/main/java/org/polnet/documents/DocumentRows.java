package org.polnet.documents;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.access.SqlFilter;
import org.polnet.records.Change;
import org.polnet.records.HistoryEntry;
import org.polnet.records.HistoryTable;
import org.polnet.records.RecordListing;
import org.polnet.records.RecordSearch;
import org.polnet.records.RecordTable;
import org.polnet.engines.mrz.DocumentNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SLTD tables: the only SQL on them. */
@Component
class DocumentRows implements RecordTable<TravelDocument, DocumentDraft>, RecordListing<TravelDocument, DocumentQuery> {

	/** The note of what a bulk import reported or changed. */
	static final String BULK_IMPORT = "bulk import";

	private final JdbcClient jdbc;

	private final HistoryTable history;

	DocumentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.history = new HistoryTable(jdbc, "documents_sltd_history", "document_id");
	}

	/** Inserts a reported record; who reported it, and its status then, start its history (on the record itself). */
	@Override
	public long insert(DocumentDraft report, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt,
			String reportedBy) {
		return jdbc.sql("""
				INSERT INTO documents_sltd (document_number, normalised_number, issuing_country, document_type,
				    reported_on, stolen_or_lost_on, issued_on, expires_on, national_reference, remarks,
				    owner_office, classification, access_scope, access_countries, review_at, status,
				    reported_by, reported_status)
				VALUES (:number, :normalised, :country, :type, :reported_on, :stolen_on, :issued_on, :expires_on,
				    :national_reference, :remarks, :owner_office, :classification, :access_scope, :access_countries,
				    :review_at, :status, :reported_by, :status)
				RETURNING id""")
			.params(columns(report, access))
			.param("reported_on", reportedOn)
			.param("review_at", reviewAt)
			.param("reported_by", reportedBy)
			.query(Long.class)
			.single();
	}

	@Override
	public void update(long id, DocumentDraft report, RecordAccess access, LocalDate reviewAt) {
		jdbc.sql("""
				UPDATE documents_sltd SET document_number = :number, normalised_number = :normalised,
				    issuing_country = :country, document_type = :type, stolen_or_lost_on = :stolen_on,
				    issued_on = :issued_on, expires_on = :expires_on, national_reference = :national_reference,
				    remarks = :remarks, owner_office = :owner_office, classification = :classification,
				    access_scope = :access_scope, access_countries = :access_countries, review_at = :review_at,
				    status = :status, updated_at = now()
				WHERE id = :id""")
			.params(columns(report, access))
			.param("review_at", reviewAt)
			.param("id", id)
			.update();
	}

	/** SLTD records are only ever withdrawn: a found document stays invalid. */
	@Override
	public void close(long id, Change closing, String reason) {
		if (closing != Change.WITHDRAWN) {
			throw new IllegalArgumentException("An SLTD record is withdrawn, never " + closing);
		}
		jdbc.sql("UPDATE documents_sltd SET withdrawn_at = now(), withdrawn_reason = :reason, updated_at = now() "
				+ "WHERE id = :id AND withdrawn_at IS NULL")
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	@Override
	public void addHistory(long id, String changedBy, Change change, String status, String note) {
		history.add(id, changedBy, change, status, note);
	}

	/**
	 * One {@code AMENDED} history row for each record a bulk import changed, with the status it was written with:
	 * one statement for the batch, from arrays (no read of the records). The records it added carry their report.
	 */
	void amendedByImport(List<TravelDocument> changed, String changedBy) {
		if (changed.isEmpty()) {
			return;
		}
		jdbc.sql("INSERT INTO documents_sltd_history (document_id, changed_by, change, status, note) "
				+ "SELECT id, ?, 'AMENDED', status, ? FROM unnest(?::bigint[], ?::text[]) AS w (id, status)")
			.params(changedBy, BULK_IMPORT, changed.stream().map(TravelDocument::id).toArray(Long[]::new),
					changed.stream().map(document -> document.status().name()).toArray(String[]::new))
			.update();
	}

	/** Marks records a bulk import changed (the merge writes only the record's own columns). */
	void touch(List<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("UPDATE documents_sltd SET updated_at = now() WHERE id = ANY(?::bigint[])")
				.param(ids.toArray(Long[]::new))
				.update();
		}
	}

	/** The record's report (kept on the record, V101), then what changed it, in order. */
	@Override
	public List<HistoryEntry> historyOf(long id) {
		List<HistoryEntry> entries = new ArrayList<>();
		jdbc.sql("SELECT created_at, reported_by, reported_status, reported_note FROM documents_sltd WHERE id = ?")
			.param(id)
			.query((rs, row) -> new HistoryEntry(rs.getTimestamp("created_at").toInstant(), rs.getString("reported_by"),
					Change.REPORTED.name(), rs.getString("reported_status"), rs.getString("reported_note")))
			.optional()
			.ifPresent(entries::add);
		entries.addAll(history.of(id));
		return entries;
	}

	@Override
	public void renew(long id, LocalDate reviewAt) {
		jdbc.sql("UPDATE documents_sltd SET review_at = :review, updated_at = now() WHERE id = :id AND withdrawn_at IS NULL")
			.param("review", reviewAt)
			.param("id", id)
			.update();
	}

	@Override
	public List<TravelDocument> dueForReview(String ownerOffice, LocalDate by, int page, int size) {
		return RecordSearch.dueForReview(ownerOffice, by, "r.withdrawn_at IS NULL").page(jdbc, "documents_sltd", TravelDocument::fromRow, page, size);
	}

	@Override
	public Optional<TravelDocument> find(long id) {
		return jdbc.sql("SELECT * FROM documents_sltd WHERE id = ?").param(id).query(TravelDocument::fromRow).optional();
	}

	Optional<TravelDocument> findActive(String issuingCountry, String normalisedNumber, DocumentType type) {
		return jdbc.sql("SELECT * FROM documents_sltd WHERE issuing_country = ? AND normalised_number = ? "
				+ "AND document_type = ? AND withdrawn_at IS NULL")
			.params(issuingCountry, normalisedNumber, type.name())
			.query(TravelDocument::fromRow)
			.optional();
	}

	/** Every active record, for building the FIND index at start. */
	void forEachActive(java.util.function.Consumer<TravelDocument> action) {
		jdbc.sql("SELECT * FROM documents_sltd WHERE withdrawn_at IS NULL")
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> action.accept(TravelDocument.fromRow(rs, 0)));
	}

	@Override
	public List<TravelDocument> search(DocumentQuery query, SqlFilter visible, int page, int size) {
		RecordSearch search = new RecordSearch(visible);
		if (!query.includeWithdrawn()) {
			search.and("r.withdrawn_at IS NULL");
		}
		if (!isBlank(query.number())) {
			search.and("r.normalised_number = :number", "number", DocumentNumbers.normalise(query.number()));
		}
		if (!isBlank(query.issuingCountry())) {
			search.and("r.issuing_country = :country", "country",
					query.issuingCountry().trim().toUpperCase(java.util.Locale.ROOT));
		}
		if (query.status() != null) {
			search.and("r.status = :status", "status", query.status().name());
		}
		return search.page(jdbc, "documents_sltd", TravelDocument::fromRow, page, size);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static Map<String, Object> columns(DocumentDraft report, RecordAccess access) {
		Map<String, Object> columns = new HashMap<>(access.columns());
		columns.put("number", report.documentNumber().trim());
		columns.put("normalised", DocumentNumbers.normalise(report.documentNumber()));
		columns.put("country", report.issuingCountry());
		columns.put("type", report.type().name());
		columns.put("stolen_on", date(report.stolenOrLostOn()));
		columns.put("issued_on", date(report.issuedOn()));
		columns.put("expires_on", date(report.expiresOn()));
		columns.put("national_reference", report.nationalReference().trim());
		columns.put("remarks", report.remarks().trim());
		columns.put("status", report.status().name());
		return columns;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}
}
