package org.polnet.records;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.polnet.access.SqlFilter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One search of a database's table (aliased {@code r}) for its list page: the access filter, the search's own
 * conditions {@code AND}ed one by one with their parameters, then a page of the matching records, newest first.
 * Conditions are SQL written by the database; values only ever go in as parameters.
 */
public final class RecordSearch {

	private final StringBuilder where;

	private final Map<String, Object> params;

	private String order = "r.created_at DESC, r.id DESC";

	/** A search of the records this filter lets the caller see. */
	public RecordSearch(SqlFilter visible) {
		this.where = new StringBuilder("(").append(visible.whereClause()).append(')');
		this.params = new HashMap<>(visible.params());
	}

	/** A condition without a parameter ({@code r.withdrawn_at IS NULL}). */
	public RecordSearch and(String condition) {
		where.append(" AND (").append(condition).append(')');
		return this;
	}

	/** A condition on one named parameter ({@code r.status = :status}). */
	public RecordSearch and(String condition, String param, Object value) {
		params.put(param, value);
		return and(condition);
	}

	/**
	 * An office's open records due for review by a day, the earliest first.
	 *
	 * @param open the condition of an open record in the table ({@code r.closed_at IS NULL})
	 */
	public static RecordSearch dueForReview(String ownerOffice, LocalDate by, String open) {
		RecordSearch search = new RecordSearch(new SqlFilter("(r.owner_office = :due_owner)", Map.of("due_owner", ownerOffice)));
		search.order = "r.review_at, r.id";
		return search.and(open).and("r.review_at <= :due_by", "due_by", by);
	}

	/** Conditions with their own parameters, as a {@link StandardRecordTable} writes them; none when blank. */
	RecordSearch andAll(String conditions, Map<String, Object> conditionParams) {
		params.putAll(conditionParams);
		return conditions.isBlank() ? this : and(conditions);
	}

	/** Up to {@code size + 1} records of the page (newest first unless said otherwise), the extra one telling that there is a next page. */
	public <R> List<R> page(JdbcClient jdbc, String table, RowMapper<R> mapper, int page, int size) {
		return jdbc.sql("SELECT r.* FROM " + table + " r WHERE " + where
				+ " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query(mapper)
			.list();
	}
}
