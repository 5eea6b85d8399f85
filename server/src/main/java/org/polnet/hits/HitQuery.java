package org.polnet.hits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Filters for a list of hits; every field optional.
 *
 * @param side whether the office owns the record or made the check; null for both
 * @param from first day (UTC) the hit was raised on, inclusive
 * @param to   last day (UTC) the hit was raised on, inclusive
 */
public record HitQuery(@Nullable HitStatus status, @Nullable String database, @Nullable Side side,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static HitQuery all() {
		return new HitQuery(null, null, null, null, null);
	}

	public HitQuery {
		database = database == null || database.isBlank() ? null : database.strip().toUpperCase(Locale.ROOT);
	}

	/** For the audit trail: the filters set, e.g. {@code status=OPEN database=SLTD}. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (status != null) {
			parts.add("status=" + status);
		}
		if (database != null) {
			parts.add("database=" + database);
		}
		if (side != null) {
			parts.add("side=" + side);
		}
		if (from != null) {
			parts.add("from=" + from);
		}
		if (to != null) {
			parts.add("to=" + to);
		}
		return parts.isEmpty() ? "all" : String.join(" ", parts);
	}
}
