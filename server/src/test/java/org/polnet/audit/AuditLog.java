package org.polnet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The audit trail as another module's tests read it: through the audit module's API ({@link AuditEntries}), never
 * its tables.
 */
public final class AuditLog {

	private final AuditEntries entries;

	public AuditLog(AuditEntries entries) {
		this.entries = entries;
	}

	/** What this actor did (only this action, when given), newest first. */
	public List<AuditRecord> of(String actor, @Nullable String action) {
		List<AuditRecord> found = new ArrayList<>();
		entries.forEach(new AuditQuery(actor, null, action, null, null, null), entry -> found.add(entry.record()));
		return found;
	}

	/** As {@link #of}, on one target. */
	public List<AuditRecord> of(String actor, @Nullable String action, Predicate<@Nullable String> target) {
		return of(actor, action).stream().filter(record -> target.test(record.target())).toList();
	}

	/** {@code purpose outcome}, "null" for no purpose: how a test reads an entry at a glance. */
	public static String purposeAndOutcome(AuditRecord record) {
		return record.purpose() + " " + record.outcome();
	}
}
