package org.polnet.records;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.polnet.access.InvalidReviewDateException;
import org.polnet.access.RecordAccess;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.InvalidInputException.Problem;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.RefusedException;
import org.springframework.dao.DuplicateKeyException;

/**
 * A police database's records, kept the same way in every database: report a record for the officer's office,
 * amend it, close it (withdraw with a reason, or mark it recovered), read it after stating a purpose, its history,
 * Every change and every read is audited with who, what and
 * why in the transaction that makes it; a refused read or change is audited as {@code DENIED} and writes nothing
 * else. Review dates follow the database's {@link RecordKind#reviewPeriod()}, and the owner may only shorten them.
 * <p>
 * A database's service extends this class and says only what is its own: its field rules ({@link #problems}), its
 * narrowing of who writes ({@link #allowsDraft}, {@link #allowsRecord}), how an audit entry names a draft and a
 * query, and its events. Its table implements {@link RecordTable}.
 *
 * @param <R> the record
 * @param <D> what an officer writes
 */
public abstract class Records<R extends PoliceRecord, D extends RecordDraft> {

	/** The longest reason or note an officer may give for a change. */
	public static final int NOTE_MAX = 2_000;

	private final RecordKind kind;

	private final RecordTable<R, D> table;

	final RecordSupport support;

	protected Records(RecordKind kind, RecordTable<R, D> table, RecordSupport support) {
		this.kind = kind;
		this.table = table;
		this.support = support;
	}

	// ---- what each database says of its own records

	/** What is wrong with the draft's own fields, the first problem first; empty when nothing is. */
	protected abstract List<Problem> problems(D draft);

	/** How the audit trail names what a refused report was about ({@code FRA 12AB34567}); the whole draft by default. */
	protected String describe(D draft) {
		return kind.database() + " " + draft;
	}

	/** The event published when a record is reported. */
	protected abstract Object reported(R record);

	/** The event published when a record is amended or closed. */
	protected abstract Object changed(R before, R after, Change change);

	/**
	 * The database's narrowing of the owner rule for a draft (reporting, or amending with new values), e.g. "only
	 * the NCB of the issuing country": never a widening. Everyone the owner rule lets write, by default.
	 */
	protected boolean allowsDraft(CurrentOfficer officer, D draft) {
		return true;
	}

	/** The same narrowing for a recorded record, before it is changed. */
	protected boolean allowsRecord(CurrentOfficer officer, R record) {
		return true;
	}

	/** Why {@link #allowsDraft} refused, naming the field that decides it, without a final full stop. */
	protected Problem notAllowed(D draft) {
		return new Problem(null, "You may not record this in " + kind.database());
	}

	/** Why a report or an amendment collides with a recorded record (a unique key is taken). */
	protected String duplicate() {
		return "This is already recorded in " + kind.database() + ": amend the existing record.";
	}

	// ---- the lifecycle

	/**
	 * Records a new record for the officer's office.
	 *
	 * @throws InvalidInputException for invalid fields, access lists or review dates
	 * @throws NotAllowedException   when the officer may not write it
	 * @throws ConflictException     when a unique key of it is already recorded
	 */
	public R report(CurrentOfficer officer, D draft, @Nullable String clientAddress) {
		validate(draft);
		RecordAccess access = accessOf(officer, draft);
		if (!support.access.mayChange(officer, access, draft, this::allowsDraft)) {
			audit(officer, Change.REPORTED.action(kind.module()), describe(draft), null, Outcome.DENIED, clientAddress);
			throw new NotAllowedException(notAllowed(draft).reason() + ".");
		}
		LocalDate today = support.today();
		LocalDate reviewAt = reviewAt(today, draft.reviewAt());
		try {
			return inTransaction(() -> {
				long id = table.insert(draft, access, today, reviewAt, officer.username());
				R created = table.find(id).orElseThrow();
				audit(officer, Change.REPORTED.action(kind.module()), created.reference(), null, Outcome.SUCCESS,
						clientAddress);
				support.events.publishEvent(reported(created));
				return created;
			});
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(duplicate());
		}
	}

	/**
	 * Writes the draft over an open record: refused as not found when the officer may not see it, not allowed when
	 * they may not change it, a conflict when it is closed or the draft collides with another record.
	 */
	public R amend(CurrentOfficer officer, long id, D draft, @Nullable String clientAddress) {
		validate(draft);
		String action = Change.AMENDED.action(kind.module());
		R before = requireChangeable(officer, id, action, clientAddress);
		RecordAccess access = accessOf(officer, draft);
		if (!support.access.mayChange(officer, access, draft, this::allowsDraft)) {
			audit(officer, action, before.reference(), null, Outcome.DENIED, clientAddress);
			throw new NotAllowedException(notAllowed(draft).reason() + ".");
		}
		LocalDate reviewAt = reviewAt(lastReviewed(before), draft.reviewAt());
		try {
			return inTransaction(() -> {
				table.update(id, draft, access, reviewAt);
				return changed(officer, before, Change.AMENDED, "", null, clientAddress);
			});
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(duplicate());
		}
	}

	/**
	 * The owner reviewed the open record and keeps it, for the reason given: its review period counts again from
	 * today (the latest date the period allows). Audited as {@code <module>.renew}, with the reason in the history.
	 */
	public R renew(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		String note = requireNote(reason, true, "A renewal needs a reason");
		R before = requireChangeable(officer, id, Change.RENEWED.action(kind.module()), clientAddress);
		LocalDate reviewAt = kind.reviewPeriod().latestReviewAt(support.today());
		return inTransaction(() -> {
			table.renew(id, reviewAt);
			return changed(officer, before, Change.RENEWED, note, null, clientAddress);
		});
	}

	/** The day the record's review period counts from: its creation, or its last renewal. */
	private LocalDate lastReviewed(R record) {
		LocalDate created = LocalDate.ofInstant(record.createdAt(), ZoneOffset.UTC);
		return table.historyOf(record.id())
			.stream()
			.filter(entry -> Change.RENEWED.name().equals(entry.change()))
			.map(entry -> LocalDate.ofInstant(entry.changedAt(), ZoneOffset.UTC))
			.max(LocalDate::compareTo)
			.filter(renewed -> renewed.isAfter(created))
			.orElse(created);
	}

	/** Withdraws an open record with the owner's reason: it stays readable with its history, FIND no longer matches it. */
	public R withdraw(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		return close(officer, id, Change.WITHDRAWN, requireNote(reason, true, "A withdrawal needs a reason"),
				clientAddress);
	}

	/**
	 * Closes an open record as recovered (for databases of stolen objects), with the owner's note.
	 *
	 * @param noteRequired whether the database asks for the circumstances
	 */
	protected R recover(CurrentOfficer officer, long id, String note, boolean noteRequired,
			@Nullable String clientAddress) {
		return close(officer, id, Change.RECOVERED, requireNote(note, noteRequired, "A recovery needs a note"),
				clientAddress);
	}

	private R close(CurrentOfficer officer, long id, Change closing, String note, @Nullable String clientAddress) {
		R before = requireChangeable(officer, id, closing.action(kind.module()), clientAddress);
		return inTransaction(() -> {
			table.close(id, closing, note);
			return changed(officer, before, closing, note, note.isEmpty() ? null : note, clientAddress);
		});
	}

	/** After a change in the caller's transaction: the history line, the audit entry, the event. */
	private R changed(CurrentOfficer officer, R before, Change change, String note, @Nullable String purpose,
			@Nullable String clientAddress) {
		R after = table.find(before.id()).orElseThrow();
		table.addHistory(after.id(), officer.username(), change, after.statusName(), note);
		audit(officer, change.action(kind.module()), after.reference(), purpose, Outcome.SUCCESS, clientAddress);
		support.events.publishEvent(changed(before, after, change));
		return after;
	}

	/** Reads one record for the stated purpose: the same refusal for a hidden record as for a missing one; audited. */
	public R view(CurrentOfficer officer, long id, String purpose, @Nullable String clientAddress) {
		return support.consultations.view(officer, table.find(id), PoliceRecord::access, kind.reference(id),
				kind.action("view"), purpose, clientAddress);
	}

	/** The history of a record the officer may see (read with {@link #view}, which audits the consultation). */
	public List<HistoryEntry> history(CurrentOfficer officer, long id) {
		support.access.requireVisible(officer, table.find(id), PoliceRecord::access, kind.reference(id));
		return table.historyOf(id);
	}

	/** Whether the officer may amend or close this record (for showing the buttons). */
	public boolean mayChange(CurrentOfficer officer, R record) {
		return record.active() && support.access.mayChange(officer, record.access(), record, this::allowsRecord);
	}

	/** Which database this is. */
	public RecordKind kind() {
		return kind;
	}

	// ---- shared rules, also for the database's bulk import

	/**
	 * The record's access as the draft states it, owned by the officer's office.
	 *
	 * @throws InvalidInputException when the countries contradict the scope
	 */
	public static RecordAccess accessOf(CurrentOfficer officer, RecordDraft draft) {
		try {
			return new RecordAccess(officer.officeCode(), draft.classification(), draft.scope(), draft.countries());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(String.valueOf(e.getMessage()),
					List.of(new Problem("access_countries", String.valueOf(e.getMessage()))));
		}
	}

	/**
	 * The review date of a record created on {@code from}: the latest the database's period allows, or the earlier
	 * one the owner asks for.
	 *
	 * @throws InvalidInputException for a later date, or one before the record's
	 */
	public LocalDate reviewAt(LocalDate from, @Nullable LocalDate requested) {
		try {
			return kind.reviewPeriod().reviewAt(from, requested);
		}
		catch (InvalidReviewDateException e) {
			throw new InvalidInputException(String.valueOf(e.getMessage()),
					List.of(new Problem("review_at", String.valueOf(e.getMessage()))));
		}
	}

	/** What a bulk load's row may be written as: its access and review date, or every problem found. */
	public record Loadable(@Nullable RecordAccess access, @Nullable LocalDate reviewAt, List<Problem> problems) {

		public Loadable {
			problems = List.copyOf(problems);
		}

		public boolean valid() {
			return problems.isEmpty() && access != null && reviewAt != null;
		}
	}

	/**
	 * A bulk load's check of one draft, with every problem at once (an import reports all of a row's problems): its
	 * fields, its access, its review date counted from {@code from}, and whether the uploader may load it (an
	 * officer as for a report; a national feed's token, its own office's records).
	 */
	public Loadable checkLoad(CurrentOfficer uploader, D draft, LocalDate from) {
		List<Problem> problems = new ArrayList<>(problems(draft));
		RecordAccess access = null;
		LocalDate reviewAt = null;
		try {
			access = accessOf(uploader, draft);
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		try {
			reviewAt = reviewAt(from, draft.reviewAt());
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		if (problems.isEmpty() && access != null
				&& !support.access.mayLoad(uploader, access, draft, this::allowsDraft)) {
			Problem refused = notAllowed(draft);
			problems.add(new Problem(refused.field(), refused.reason() + ": " + uploader.officeCode() + " may not."));
		}
		return new Loadable(access, reviewAt, problems);
	}

	private void validate(D draft) {
		List<Problem> problems = problems(draft);
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
	}

	/**
	 * The open record the officer is about to change (for a change of the database's own, such as adding a photo):
	 * refused as not found, not allowed or a conflict as for an amendment, and the refusal audited as {@code action}.
	 */
	protected R requireChangeable(CurrentOfficer officer, long id, String action, @Nullable String clientAddress) {
		String reference = kind.reference(id);
		try {
			R record = support.access.requireVisible(officer, table.find(id), PoliceRecord::access, reference);
			support.access.requireChangeable(officer, record.access(), record, this::allowsRecord, reference);
			if (!record.active()) {
				throw new ConflictException("Record " + reference + " is closed: it can no longer be changed.");
			}
			return record;
		}
		catch (RefusedException refused) {
			audit(officer, action, reference, null, Outcome.DENIED, clientAddress);
			throw refused;
		}
	}

	private static String requireNote(String note, boolean required, String missing) {
		String stripped = note.strip();
		@Nullable String refused = required && stripped.isEmpty() ? missing + " (up to 2,000 characters)."
				: stripped.length() > NOTE_MAX ? "At most 2,000 characters." : null;
		if (refused != null) {
			throw new InvalidInputException(refused, List.of(new Problem("reason", refused)));
		}
		return stripped;
	}

	/** Audits something the officer did with the database's records ({@code verb}: search, view...). */
	protected void audited(CurrentOfficer officer, String verb, String target, @Nullable String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		audit(officer, kind.action(verb), target, purpose, outcome, clientAddress);
	}

	void audit(CurrentOfficer officer, String action, String target, @Nullable String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		support.audit.record(AuditRecord.of(officer, action, target, purpose, outcome, clientAddress));
	}

	private <T> T inTransaction(Supplier<T> work) {
		return Objects.requireNonNull(support.transactions.execute(status -> work.get()));
	}
}
