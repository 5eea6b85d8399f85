package org.polnet.messaging.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.messaging.InboxQuery;
import org.polnet.messaging.Priority;
import org.springframework.format.annotation.DateTimeFormat;

/** An inbox's filters as the page and the API send them; empty fields mean "any". */
record MessageFilter(InboxQuery.@Nullable Box box, @Nullable Priority priority, @Nullable Clearance classification,
		@Nullable String sender, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Boolean unread,
		@Nullable String q, @Nullable Integer page) {

	InboxQuery query() {
		return new InboxQuery(box == null ? InboxQuery.Box.RECEIVED : box, priority, classification,
				sender == null || sender.isBlank() ? null : sender, from, to, Boolean.TRUE.equals(unread),
				q == null || q.isBlank() ? null : q);
	}

	int pageNumber() {
		return page == null || page < 0 ? 0 : page;
	}
}
