package org.polnet.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

import org.polnet.access.AccessPolicy;
import org.polnet.access.SqlFilter;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.identity.CurrentOfficer;
import org.polnet.mind.MindSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database's entries of a MIND package: the keys of its open records that the office may see, read from its
 * table (aliased {@code r}) under the access filter, and written as the database's entries. A possible hit offline
 * reveals that a record exists, so nothing the office may not see goes in.
 */
public abstract class RecordMindSource implements MindSource {

	private static final Pattern IDENTIFIERS = Pattern.compile("[a-z_][a-z0-9_.]*(\\s*,\\s*[a-z_][a-z0-9_.]*)*");

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final String select;

	/**
	 * @param table   the records' table
	 * @param keys    the key columns an entry is written from ({@code r.issuing_country, r.normalised_number})
	 * @param open    the condition of an open record ({@code r.withdrawn_at IS NULL})
	 */
	protected RecordMindSource(JdbcClient jdbc, AccessPolicy access, String table, String keys, String open) {
		if (!IDENTIFIERS.matcher(table).matches() || !IDENTIFIERS.matcher(keys).matches()) {
			throw new IllegalArgumentException("Not a table and its columns: " + table + ", " + keys);
		}
		this.jdbc = jdbc;
		this.access = access;
		this.select = "SELECT DISTINCT " + keys + " FROM " + table + " r WHERE (" + open + ") AND ";
	}

	/**
	 * Writes the entries of one row of the key columns.
	 *
	 * @return how many entries it wrote
	 */
	protected abstract int addEntries(ResultSet keys, MindPackageWriter writer) throws SQLException;

	@Override
	public final int addVisibleEntries(CurrentOfficer viewer, MindPackageWriter writer) {
		SqlFilter visible = access.sqlFilter(viewer, "r");
		int[] count = { 0 };
		jdbc.sql(select + "(" + visible.whereClause() + ")")
			.params(visible.params())
			.query((RowCallbackHandler) rs -> count[0] += addEntries(rs, writer));
		return count[0];
	}
}
