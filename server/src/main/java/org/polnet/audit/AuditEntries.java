package org.polnet.audit;

import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the trail for auditors: searches newest first, page by page, and streams whole searches for export.
 * Access control is the caller's job (the audit pages and API require the AUDITOR role).
 */
@Service
public class AuditEntries {

	public static final int MAX_PAGE_SIZE = 200;

	private final JdbcTemplate jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate readOnly;

	AuditEntries(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1_000);
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
	}

	public AuditPage search(AuditQuery query, int page, int size) {
		int pageNumber = Math.max(0, page);
		int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		Sql sql = Sql.of(query);
		List<Object> parameters = new ArrayList<>(sql.parameters());
		parameters.add(pageSize + 1); // one more tells whether a next page exists
		parameters.add((long) pageNumber * pageSize);
		List<AuditEntry> entries = jdbc.query(sql.text() + " LIMIT ? OFFSET ?", (row, n) -> entry(row),
				parameters.toArray());
		boolean hasNext = entries.size() > pageSize;
		return new AuditPage(hasNext ? entries.subList(0, pageSize) : entries, pageNumber, pageSize, hasNext);
	}

	/** Hands every matching entry, newest first, to the consumer without holding them all in memory. */
	public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
		Sql sql = Sql.of(query);
		readOnly.executeWithoutResult(status -> streaming.query(sql.text(),
				(ResultSet row) -> consumer.accept(entry(row)), sql.parameters().toArray()));
	}

	/** Entries written so far, sealed or not. */
	public long count() {
		Long count = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
		return count == null ? 0 : count;
	}

	private static AuditEntry entry(ResultSet row) throws java.sql.SQLException {
		long sequence = row.getLong("sequence");
		return AuditRows.entry(row, row.wasNull() ? null : sequence);
	}

	/** The search as SQL with its parameters; only fixed text is concatenated, values are always bound. */
	private record Sql(String text, List<Object> parameters) {

		static Sql of(AuditQuery query) {
			StringBuilder where = new StringBuilder(" WHERE true");
			List<Object> parameters = new ArrayList<>();
			if (query.actor() != null) {
				where.append(" AND e.actor = ?");
				parameters.add(query.actor());
			}
			if (query.office() != null) {
				where.append(" AND e.office = ?");
				parameters.add(query.office());
			}
			if (query.action() != null) {
				if (query.action().endsWith(".")) {
					where.append(" AND starts_with(e.action, ?)");
				}
				else {
					where.append(" AND e.action = ?");
				}
				parameters.add(query.action());
			}
			if (query.from() != null) {
				where.append(" AND e.recorded_at >= ?");
				parameters.add(query.from().atOffset(ZoneOffset.UTC));
			}
			if (query.to() != null) {
				where.append(" AND e.recorded_at < ?");
				parameters.add(query.to().atOffset(ZoneOffset.UTC));
			}
			if (query.outcome() != null) {
				where.append(" AND e.outcome = ?");
				parameters.add(query.outcome().name());
			}
			return new Sql("SELECT c.sequence, " + AuditRows.ENTRY_COLUMNS
					+ " FROM audit_entry e LEFT JOIN audit_chain c ON c.entry_id = e.id" + where
					+ " ORDER BY e.recorded_at DESC, e.id DESC", parameters);
		}
	}
}
