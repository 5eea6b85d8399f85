package org.polnet.access;

import java.util.Map;

/**
 * A condition to {@code AND} into a query's {@code WHERE} clause, with its named parameters, e.g.
 *
 * <pre>{@code
 * SqlFilter visible = accessPolicy.sqlFilter(officer, "d");
 * jdbc.sql("SELECT d.* FROM documents_sltd d WHERE d.status = :status AND " + visible.whereClause())
 *     .params(visible.params())
 *     .param("status", "STOLEN")
 *     .query(...)
 * }</pre>
 *
 * Its parameter names start with {@code access_}: keep the caller's own names clear of that prefix.
 *
 * @param whereClause a parenthesised SQL condition over the standard record-access columns
 * @param params      the values of its named parameters
 */
public record SqlFilter(String whereClause, Map<String, Object> params) {

	public SqlFilter {
		params = Map.copyOf(params);
	}
}
