package org.polnet.audit.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditQuery;
import org.polnet.audit.AuditRecord.Outcome;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The search form of the audit page; times are entered and shown in UTC, like the trail itself.
 */
record SearchForm(@Nullable String actor, @Nullable String office, @Nullable String action,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime to, @Nullable Outcome outcome,
		@Nullable Integer page) {

	AuditQuery query() {
		return new AuditQuery(actor, office, action, from == null ? null : from.toInstant(ZoneOffset.UTC),
				to == null ? null : to.toInstant(ZoneOffset.UTC), outcome);
	}

	int pageNumber() {
		return page == null ? 0 : Math.max(0, page);
	}
}
