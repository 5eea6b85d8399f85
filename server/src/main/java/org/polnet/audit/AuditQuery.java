package org.polnet.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What auditors search the trail for; every criterion is optional and they combine with AND.
 *
 * @param actor   exact username or token name
 * @param office  exact office code
 * @param action  an action, or a prefix of one ending with a dot ({@code identity.})
 * @param from    written at or after this instant
 * @param to      written before this instant
 * @param outcome success, denied or failure
 */
public record AuditQuery(@Nullable String actor, @Nullable String office, @Nullable String action,
		@Nullable Instant from, @Nullable Instant to, AuditRecord.@Nullable Outcome outcome) {

	public static AuditQuery everything() {
		return new AuditQuery(null, null, null, null, null, null);
	}

	public AuditQuery {
		actor = blankToNull(actor);
		office = blankToNull(office);
		action = blankToNull(action);
	}

	/** A short, stable description for the audit entry that records the search itself. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		append(text, "actor", actor);
		append(text, "office", office);
		append(text, "action", action);
		append(text, "from", from);
		append(text, "to", to);
		append(text, "outcome", outcome);
		return text.isEmpty() ? "all" : text.toString();
	}

	private static void append(StringBuilder text, String name, @Nullable Object value) {
		if (value != null) {
			text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
