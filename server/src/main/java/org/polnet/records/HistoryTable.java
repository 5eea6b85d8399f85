package org.polnet.records;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database's history table in the standard shape: {@code id}, the record's id column, {@code changed_at},
 * {@code changed_by}, {@code change}, {@code status}, {@code note} (see V60 and V80 for two of them). The SQL a
 * database's {@link RecordTable} would otherwise write again for its history.
 */
public final class HistoryTable {

	private static final Pattern NAME = Pattern.compile("[a-z_]+");

	private final JdbcClient jdbc;

	private final String insert;

	private final String select;

	/**
	 * @param table        the history table, e.g. {@code vehicles_smv_history}
	 * @param recordColumn its column holding the record's id, e.g. {@code vehicle_id}
	 */
	public HistoryTable(JdbcClient jdbc, String table, String recordColumn) {
		if (!NAME.matcher(table).matches() || !NAME.matcher(recordColumn).matches()) {
			throw new IllegalArgumentException("Not a table or column name: " + table + "." + recordColumn);
		}
		this.jdbc = jdbc;
		this.insert = "INSERT INTO " + table + " (" + recordColumn
				+ ", changed_by, change, status, note) VALUES (?, ?, ?, ?, ?)";
		this.select = "SELECT changed_at, changed_by, change, status, note FROM " + table + " WHERE " + recordColumn
				+ " = ? ORDER BY changed_at, id";
	}

	public void add(long id, String changedBy, Change change, String status, String note) {
		jdbc.sql(insert).params(id, changedBy, change.name(), status, note).update();
	}

	/** The record's lines, oldest first. */
	public List<HistoryEntry> of(long id) {
		return jdbc.sql(select)
			.param(id)
			.query((rs, row) -> new HistoryEntry(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
					rs.getString("change"), rs.getString("status"), rs.getString("note")))
			.list();
	}
}
