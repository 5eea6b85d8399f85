package org.polnet.find;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.hits.RecordMatched;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Service;

/**
 * FIND's one check, whatever the database: per item its key, the index lookup and {@link AccessPolicy#maySee};
 * then one audit entry per item and a {@link RecordMatched} for every visible match of another office's record,
 * committed together by {@link CheckRecorder} before the answers are returned. A record the caller may not see is
 * no hit for them: nothing hints at it, and its owner is not told.
 */
@Service
public class FindChecks {

	/** The most items one call checks. */
	public static final int BATCH_MAX = 1_000;

	public static final String DEFAULT_PURPOSE = "border check";

	private final AccessPolicy access;

	private final CheckRecorder recorder;

	FindChecks(AccessPolicy access, CheckRecorder recorder) {
		this.access = access;
		this.recorder = recorder;
	}

	/**
	 * Checks 1 to {@link #BATCH_MAX} items against {@code database} and returns, in their order, once every check is
	 * durably audited and every match of another office's record is on its way to the owner.
	 *
	 * @param place   where the check happens (a border post), when the caller says
	 * @param purpose why; {@link #DEFAULT_PURPOSE} when blank
	 */
	public <I, K, R, M> List<CheckedItem<M>> check(FindDatabase<I, K, R, M> database, CurrentOfficer checker,
			List<? extends @Nullable I> items, @Nullable String place, @Nullable String purpose,
			@Nullable String clientAddress) {
		if (items.isEmpty() || items.size() > BATCH_MAX) {
			throw new IllegalArgumentException("Check 1 to " + BATCH_MAX + " items at a time.");
		}
		String why = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip();
		String where = place == null || place.isBlank() ? null : place.strip();
		String auditPurpose = where == null ? why : why + " (place: " + where + ")";
		Instant now = Instant.now();
		String checkId = UUID.randomUUID().toString();
		List<CheckedItem<M>> checked = new ArrayList<>(items.size());
		List<AuditRecord> entries = new ArrayList<>(items.size());
		List<RecordMatched> matched = new ArrayList<>(0);
		for (int i = 0; i < items.size(); i++) {
			K key;
			try {
				key = database.keyOf(items.get(i));
			}
			catch (InvalidItem invalid) {
				checked.add(CheckedItem.invalid(i, invalid));
				entries.add(entry(database, checker, "invalid item", auditPurpose, Outcome.FAILURE, clientAddress));
				continue;
			}
			List<M> matches = List.of(); // nearly every check: no hit, nothing to allocate
			List<String> references = List.of();
			for (R record : database.lookup(key)) {
				FoundRecord found = database.found(record);
				if (access.maySee(checker, found.access())) {
					if (matches.isEmpty()) {
						matches = new ArrayList<>(1);
						references = new ArrayList<>(1);
					}
					matches.add(database.shown(record));
					references.add(found.reference());
					if (!checker.officeCode().equals(found.access().ownerOffice())) {
						matched.add(new RecordMatched(database.name(), found.reference(), found.access().ownerOffice(),
								found.summary(), found.link(), checker.officeCode(), checker.username(),
								checker.isSystem(), where, why, now, "FIND-" + checkId + "-" + i + "-" + found.reference()));
					}
				}
			}
			checked.add(CheckedItem.of(i, matches));
			entries.add(entry(database, checker, database.audited(key)
					+ (matches.isEmpty() ? " no-hit" : " hit " + String.join(",", references)), auditPurpose,
					Outcome.SUCCESS, clientAddress));
		}
		recorder.record(entries, matched);
		return checked;
	}

	private static AuditRecord entry(FindDatabase<?, ?, ?, ?> database, CurrentOfficer checker, String target,
			String purpose, Outcome outcome, @Nullable String clientAddress) {
		return AuditRecord.of(checker, database.auditAction(), database.name() + " " + target, purpose, outcome,
				clientAddress);
	}
}
