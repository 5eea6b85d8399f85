package org.polnet.imports;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.polnet.csv.CsvWriter;
import org.polnet.imports.ImportTarget.WriteCounts;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a batch the fast way for {@link ImportTarget}s: PostgreSQL COPY into a temporary table, then one
 * {@code INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE the row differs}. New rows are inserted, rows whose
 * content differs are updated, identical rows are not touched (no new row version, nothing written), and the
 * counts say which was which. Must run in the caller's transaction (the imports module opens one per batch).
 */
@Component
public class CopyMerge {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final String UNIQUE_VIOLATION = "23505";

	private final DataSource dataSource;

	/** The sequence behind each identity column fed by {@link #insertIfAllNew}, looked up once. */
	private final Map<String, String> sequences = new ConcurrentHashMap<>();

	CopyMerge(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Where and how rows are merged.
	 *
	 * @param table      the target's own table
	 * @param columns    the columns written, in the order {@code values} gives them
	 * @param keyColumns the natural key: a unique index or constraint on exactly these columns must exist
	 * @param keyWhere   for a partial unique index, its predicate, of the form {@code column IS [NOT] NULL}
	 *                   (e.g. only active records are unique); null for a plain unique index or constraint
	 * @param insertOnly columns written when a row is inserted and left as they are when it is updated (who first
	 *                   reported a record); not compared to tell a changed row
	 */
	public record Into(String table, List<String> columns, List<String> keyColumns, @Nullable String keyWhere,
			List<String> insertOnly) {

		private static final Pattern PREDICATE = Pattern.compile("[a-z_][a-z0-9_]* IS (NOT )?NULL");

		public Into(String table, List<String> columns, List<String> keyColumns) {
			this(table, columns, keyColumns, null);
		}

		public Into(String table, List<String> columns, List<String> keyColumns, @Nullable String keyWhere) {
			this(table, columns, keyColumns, keyWhere, List.of());
		}

		public Into {
			if (keyWhere != null && !PREDICATE.matcher(keyWhere).matches()) {
				throw new IllegalArgumentException("Not a supported partial index predicate: " + keyWhere);
			}
			columns = List.copyOf(columns);
			keyColumns = List.copyOf(keyColumns);
			insertOnly = List.copyOf(insertOnly);
			if (!columns.containsAll(insertOnly) || insertOnly.stream().anyMatch(keyColumns::contains)) {
				throw new IllegalArgumentException("Insert-only columns must be among the columns written, not keys");
			}
			for (String name : concat(List.of(table), columns)) {
				if (!IDENTIFIER.matcher(name).matches()) {
					throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
				}
			}
			if (!columns.containsAll(keyColumns) || keyColumns.isEmpty()) {
				throw new IllegalArgumentException("The key columns must be among the columns written");
			}
		}

		private static List<String> concat(List<String> a, List<String> b) {
			return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
		}
	}

	/**
	 * Merges rows with distinct keys into the table. Values are written with their {@code toString()} (dates as ISO
	 * 8601), nulls as SQL NULL.
	 */
	public <T> WriteCounts merge(Into into, List<T> rows, Function<T, List<?>> values) {
		if (rows.isEmpty()) {
			return WriteCounts.NONE;
		}
		return run(into, rows.stream().<List<?>>map(values).toList(), (statement, upsert) -> {
			// xmax = 0 only on a freshly inserted row version: tells inserted from updated rows
			try (ResultSet result = statement.executeQuery("WITH merged AS (" + upsert + " RETURNING (t.xmax = 0) AS inserted) "
					+ "SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged")) {
				result.next();
				long inserted = result.getLong(1);
				long changed = result.getLong(2);
				return new WriteCounts(inserted, changed, rows.size() - inserted - changed);
			}
		});
	}

	/**
	 * As {@link #merge}, and says which rows were written: the ids of the inserted and of the changed rows, for a
	 * target that keeps a history or publishes events per written record. Unchanged rows are in neither list.
	 *
	 * @param idColumn the table's identity column (a {@code bigint})
	 */
	public <T> Merged mergeReturningIds(Into into, List<T> rows, Function<T, List<?>> values, String idColumn) {
		if (!IDENTIFIER.matcher(idColumn).matches()) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + idColumn);
		}
		if (rows.isEmpty()) {
			return new Merged(WriteCounts.NONE, List.of(), List.of());
		}
		return run(into, rows.stream().<List<?>>map(values).toList(), (statement, upsert) -> {
			List<Long> inserted = new ArrayList<>();
			List<Long> changed = new ArrayList<>();
			try (ResultSet result = statement.executeQuery(upsert + " RETURNING t." + idColumn + ", (t.xmax = 0)")) {
				while (result.next()) {
					(result.getBoolean(2) ? inserted : changed).add(result.getLong(1));
				}
			}
			return new Merged(new WriteCounts(inserted.size(), changed.size(), rows.size() - inserted.size() - changed.size()),
					List.copyOf(inserted), List.copyOf(changed));
		});
	}

	/**
	 * As {@link #merge}, and says which of the caller's rows were written, each with the {@code returned} columns of
	 * its row in the table (the generated id, the creation time...): for a target that keeps a history or publishes
	 * its written records, without reading them back. PostgreSQL returns only those columns and the key, and each is
	 * matched to the caller's row by its key, so the key columns must be text written as the caller gives them.
	 * Unchanged rows are in neither list.
	 *
	 * @param returned the table's columns {@code mapper} reads, besides the caller's row
	 */
	public <T, R> MergedRows<R> mergeReturningRows(Into into, List<T> rows, Function<T, List<?>> values,
			List<String> returned, WrittenRow<T, R> mapper) {
		for (String column : returned) {
			if (!IDENTIFIER.matcher(column).matches()) {
				throw new IllegalArgumentException("Not a plain SQL identifier: " + column);
			}
		}
		if (rows.isEmpty()) {
			return new MergedRows<>(WriteCounts.NONE, List.of(), List.of());
		}
		int[] keyPositions = into.keyColumns().stream().mapToInt(into.columns()::indexOf).toArray();
		Map<String, T> byKey = HashMap.newHashMap(rows.size());
		List<List<?>> written = new ArrayList<>(rows.size());
		for (T row : rows) {
			List<?> columns = values.apply(row);
			written.add(columns);
			byKey.put(key(Arrays.stream(keyPositions).mapToObj(columns::get).toList()), row);
		}
		String returning = Stream.concat(returned.stream(), into.keyColumns().stream())
			.map(column -> "t." + column)
			.collect(Collectors.joining(", "));
		return run(into, written, (statement, upsert) -> {
			List<R> inserted = new ArrayList<>();
			List<R> changed = new ArrayList<>();
			try (ResultSet result = statement
				.executeQuery(upsert + " RETURNING " + returning + ", (t.xmax = 0) AS imports_inserted")) {
				while (result.next()) {
					List<@Nullable String> parts = new ArrayList<>(keyPositions.length);
					for (int i = 0; i < keyPositions.length; i++) {
						parts.add(result.getString(returned.size() + 1 + i));
					}
					String key = key(parts);
					T row = byKey.get(key);
					if (row == null) {
						throw new IllegalStateException("A written row matches none of the batch: key " + key);
					}
					(result.getBoolean("imports_inserted") ? inserted : changed).add(mapper.map(row, result));
				}
			}
			return new MergedRows<>(
					new WriteCounts(inserted.size(), changed.size(), rows.size() - inserted.size() - changed.size()),
					inserted, changed);
		});
	}

	/** Makes what the caller wants of a written row from its own row and the returned columns. */
	public interface WrittenRow<T, R> {

		R map(T row, ResultSet returned) throws SQLException;
	}

	private static String key(List<?> parts) {
		StringBuilder key = new StringBuilder();
		for (Object part : parts) {
			key.append(part).append('\u0000');
		}
		return key.toString();
	}

	/** What {@link #mergeReturningRows} wrote: the counts, and the inserted and the changed rows. */
	public record MergedRows<R>(WriteCounts counts, List<R> inserted, List<R> changed) {
	}

	/** What {@link #mergeReturningIds} wrote. */
	public record Merged(WriteCounts counts, List<Long> insertedIds, List<Long> changedIds) {
	}

	private interface Upsert<R> {

		R run(Statement statement, String upsertSql) throws SQLException;
	}

	/**
	 * The fast way for a batch whose keys are all new, as in a first load: COPY straight into the table, each row
	 * with an id drawn from the sequence of {@code idColumn} (an identity {@code GENERATED BY DEFAULT}), without the
	 * stage and the merge (a third of a row's cost). When any key is already taken, nothing is written (the COPY is
	 * undone to a savepoint) and the result is empty: the caller merges the batch instead. Must run in the caller's
	 * transaction.
	 *
	 * @return the ids given to the rows, in their order, and the transaction's time (what {@code now()} defaults to)
	 */
	public <T> Optional<Inserted> insertIfAllNew(Into into, String idColumn, List<T> rows, Function<T, List<?>> values) {
		if (!IDENTIFIER.matcher(idColumn).matches()) {
			throw new IllegalArgumentException("Not a plain SQL identifier: " + idColumn);
		}
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("CopyMerge runs inside the batch's transaction");
		}
		if (rows.isEmpty()) {
			return Optional.of(new Inserted(new long[0], Instant.EPOCH));
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			long[] ids = new long[rows.size()];
			Instant at;
			String sequence = sequences.computeIfAbsent(into.table() + "." + idColumn,
					column -> sequenceOf(connection, into.table(), idColumn));
			try (PreparedStatement draw = connection
				.prepareStatement("SELECT nextval(?::regclass), now() FROM generate_series(1, ?)")) {
				draw.setString(1, sequence);
				draw.setInt(2, rows.size());
				try (ResultSet drawn = draw.executeQuery()) {
					int i = 0;
					at = Instant.EPOCH;
					while (drawn.next()) {
						ids[i++] = drawn.getLong(1);
						at = drawn.getTimestamp(2).toInstant();
					}
				}
			}
			String csv = csv(rows.stream().<List<?>>map(values).toList(), into.columns().size(), ids);
			Savepoint beforeCopy = connection.setSavepoint();
			try {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + into.table() + " (" + idColumn + ", " + String.join(", ", into.columns())
							+ ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv));
			}
			catch (SQLException failed) {
				if (!UNIQUE_VIOLATION.equals(failed.getSQLState())) {
					throw failed;
				}
				connection.rollback(beforeCopy);
				return Optional.empty();
			}
			connection.releaseSavepoint(beforeCopy);
			return Optional.of(new Inserted(ids, at));
		}
		catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("Could not write the batch into " + into.table() + ": " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String sequenceOf(Connection connection, String table, String idColumn) {
		try (PreparedStatement query = connection.prepareStatement("SELECT pg_get_serial_sequence(?, ?)")) {
			query.setString(1, table);
			query.setString(2, idColumn);
			try (ResultSet result = query.executeQuery()) {
				String sequence = result.next() ? result.getString(1) : null;
				if (sequence == null) {
					throw new IllegalArgumentException(table + "." + idColumn + " is not an identity column");
				}
				return sequence;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not find the sequence of " + table + "." + idColumn, e);
		}
	}

	/** What {@link #insertIfAllNew} wrote: an id per row, in their order, at the transaction's time. */
	public record Inserted(long[] ids, Instant at) {
	}

	private <R> R run(Into into, List<List<?>> rows, Upsert<R> upsert) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("CopyMerge runs inside the batch's transaction");
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		String columns = String.join(", ", into.columns());
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TEMPORARY TABLE imports_stage ON COMMIT DROP AS SELECT " + columns + " FROM "
					+ into.table() + " WITH NO DATA");
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY imports_stage (" + columns + ") FROM STDIN WITH (FORMAT csv)",
						new StringReader(csv(rows, into.columns().size(), null)));
			R result = upsert.run(statement, upsertSql(into));
			statement.execute("DROP TABLE imports_stage");
			return result;
		}
		catch (SQLException | java.io.IOException e) {
			throw new IllegalStateException("Could not write the batch into " + into.table() + ": " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String upsertSql(Into into) {
		String columns = String.join(", ", into.columns());
		List<String> others = into.columns()
			.stream()
			.filter(c -> !into.keyColumns().contains(c) && !into.insertOnly().contains(c))
			.toList();
		String onConflict;
		if (others.isEmpty()) {
			onConflict = "DO NOTHING";
		}
		else {
			onConflict = "DO UPDATE SET " + others.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
					+ " WHERE (" + others.stream().map(c -> "t." + c).collect(Collectors.joining(", "))
					+ ") IS DISTINCT FROM (" + others.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", "))
					+ ")";
		}
		String target = "(" + String.join(", ", into.keyColumns()) + ")"
				+ (into.keyWhere() == null ? "" : " WHERE " + into.keyWhere());
		return "INSERT INTO " + into.table() + " AS t (" + columns + ") SELECT " + columns
				+ " FROM imports_stage ON CONFLICT " + target + " " + onConflict;
	}

	/** The rows as PostgreSQL's CSV, each after its id when {@code ids} are given. */
	private static String csv(List<List<?>> rows, int columns, long @Nullable [] ids) {
		StringBuilder csv = new StringBuilder(rows.size() * 112);
		for (int i = 0; i < rows.size(); i++) {
			if (ids != null) {
				csv.append(ids[i]).append(',');
			}
			appendCsv(csv, rows.get(i), columns);
		}
		return csv.toString();
	}

	private static void appendCsv(StringBuilder csv, List<?> values, int expected) {
		if (values.size() != expected) {
			throw new IllegalArgumentException("Expected " + expected + " values, got " + values.size());
		}
		CsvWriter.FOR_COPY.appendLine(csv, values);
	}
}
