package org.polnet.hits.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.hits.HitQuery;
import org.polnet.hits.HitStatus;
import org.polnet.hits.Side;
import org.springframework.format.annotation.DateTimeFormat;

/** The list's filters as the form and the API send them; empty fields mean "any". */
record HitFilter(@Nullable HitStatus status, @Nullable String database, @Nullable Side side,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer page) {

	HitQuery query() {
		return new HitQuery(status, database, side, from, to);
	}

	int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}
}
