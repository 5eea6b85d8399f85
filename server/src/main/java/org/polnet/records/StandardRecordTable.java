package org.polnet.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.access.SqlFilter;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportTarget.WriteCounts;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table of a database in the standard shape (docs/records.md): the record's own columns, then
 * {@code owner_office, classification, access_scope, access_countries, created_at, review_at, status, closed_at,
 * withdrawn_reason} (a unique key of open records is a partial index {@code WHERE closed_at IS NULL}); and its history table {@code <table>_history (id, record_id, changed_at, changed_by, change,
 * status, note)}. A database's rows class extends it and says only its own columns, how a row reads and how its
 * search filters. Databases older than this shape (SLTD, SMV, WoA) implement {@link RecordTable} themselves.
 */
public abstract class StandardRecordTable<R extends PoliceRecord, D extends RecordDraft, Q>
		implements RecordTable<R, D>, RecordListing<R, Q> {

	/** The note of what a bulk import reported or changed. */
	public static final String BULK_IMPORT = "bulk import";

	private static final Pattern COLUMN = Pattern.compile("[a-z_][a-z0-9_]*");

	protected final JdbcClient jdbc;

	private final String table;

	private final String openStatus;

	private final RowMapper<R> mapper;

	private final HistoryTable history;

	/**
	 * @param table      the records' table
	 * @param openStatus the status of an open record ({@code STOLEN}, {@code WANTED}); a closed one's is the closing's
	 *                   name ({@code RECOVERED}, {@code WITHDRAWN})
	 */
	protected StandardRecordTable(JdbcClient jdbc, String table, String openStatus, RowMapper<R> mapper) {
		if (!COLUMN.matcher(table).matches()) {
			throw new IllegalArgumentException("Not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
		this.openStatus = openStatus;
		this.mapper = mapper;
		this.history = new HistoryTable(jdbc, table + "_history", "record_id");
	}

	/** The record's own columns and the draft's values for them. */
	protected abstract Map<String, @Nullable Object> columns(D draft);

	/** Which of {@link #columns} make the natural key of an open record: two rows of a feed with it are one record. */
	protected abstract List<String> keyColumns();

	/** The search's own conditions on the table aliased {@code r}, {@code AND}ed; its parameters go into params. */
	protected abstract String where(Q query, Map<String, Object> params);

	@Override
	public long insert(D draft, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt, String reportedBy) {
		Map<String, @Nullable Object> values = values(draft, access, reviewAt);
		values.put("status", openStatus);
		long id = jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
				+ values.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "))
				+ ") RETURNING id")
			.params(values)
			.query(Long.class)
			.single();
		history.add(id, reportedBy, Change.REPORTED, openStatus, "");
		return id;
	}

	@Override
	public void update(long id, D draft, RecordAccess access, LocalDate reviewAt) {
		Map<String, @Nullable Object> values = values(draft, access, reviewAt);
		jdbc.sql("UPDATE " + table + " SET "
				+ values.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "))
				+ " WHERE id = :id AND status = :open")
			.params(values)
			.param("id", id)
			.param("open", openStatus)
			.update();
	}

	@Override
	public void close(long id, Change closing, String note) {
		jdbc.sql("UPDATE " + table + " SET status = :closing, closed_at = now(), withdrawn_reason = :reason"
				+ " WHERE id = :id AND status = :open")
			.param("closing", closing.name())
			.param("reason", closing == Change.WITHDRAWN ? note : null)
			.param("id", id)
			.param("open", openStatus)
			.update();
	}

	@Override
	public void renew(long id, LocalDate reviewAt) {
		jdbc.sql("UPDATE " + table + " SET review_at = :review WHERE id = :id AND closed_at IS NULL")
			.param("review", reviewAt)
			.param("id", id)
			.update();
	}

	@Override
	public List<R> dueForReview(String ownerOffice, LocalDate by, int page, int size) {
		return RecordSearch.dueForReview(ownerOffice, by, "r.closed_at IS NULL").page(jdbc, table, mapper, page, size);
	}

	@Override
	public Optional<R> find(long id) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE id = ?").param(id).query(mapper).optional();
	}

	@Override
	public void addHistory(long id, String changedBy, Change change, String status, String note) {
		history.add(id, changedBy, change, status, note);
	}

	@Override
	public List<HistoryEntry> historyOf(long id) {
		return history.of(id);
	}

	@Override
	public List<R> search(Q query, SqlFilter visible, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		String own = where(query, params);
		return new RecordSearch(visible).andAll(own, params).page(jdbc, table, mapper, page, size);
	}

	/** The draft's natural key: its values of {@link #keyColumns()}. */
	public List<@Nullable Object> naturalKey(D draft) {
		Map<String, @Nullable Object> columns = columns(draft);
		return keyColumns().stream().map(columns::get).toList();
	}

	/**
	 * Merges a bulk import's batch on the natural key of open records ({@link CopyMerge}): a new record is reported,
	 * a changed one amended, each with its history line; an unchanged one is left as it is.
	 */
	public CopyMerge.Merged merge(CopyMerge copy, List<RecordImportTarget.Row<D>> batch) {
		if (batch.isEmpty()) {
			return new CopyMerge.Merged(WriteCounts.NONE, List.of(), List.of());
		}
		List<String> columns = new ArrayList<>(values(batch.getFirst()).keySet());
		CopyMerge.Into into = new CopyMerge.Into(table, columns, keyColumns(), "closed_at IS NULL");
		CopyMerge.Merged merged = copy.mergeReturningIds(into, batch, row -> new ArrayList<>(values(row).values()), "id");
		String uploader = batch.getFirst().uploader();
		merged.insertedIds().forEach(id -> history.add(id, uploader, Change.REPORTED, openStatus, BULK_IMPORT));
		merged.changedIds().forEach(id -> history.add(id, uploader, Change.AMENDED, openStatus, BULK_IMPORT));
		return merged;
	}

	/** A row's values as COPY writes them: arrays in PostgreSQL's text form, an open record's status. */
	private Map<String, @Nullable Object> values(RecordImportTarget.Row<D> row) {
		Map<String, @Nullable Object> values = values(row.draft(), row.access(), row.reviewAt());
		values.replaceAll((column, value) -> value instanceof String[] array ? "{" + String.join(",", array) + "}" : value);
		values.put("status", openStatus);
		return values;
	}

	private Map<String, @Nullable Object> values(D draft, RecordAccess access, LocalDate reviewAt) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>(columns(draft));
		values.keySet().forEach(column -> {
			if (!COLUMN.matcher(column).matches()) {
				throw new IllegalArgumentException("Not a column name: " + column);
			}
		});
		values.putAll(access.columns());
		values.put("review_at", reviewAt);
		return values;
	}
}
