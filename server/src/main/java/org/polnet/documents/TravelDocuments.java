package org.polnet.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessPolicy;
import org.polnet.access.Consultations;
import org.polnet.access.InvalidReviewDateException;
import org.polnet.access.RecordAccess;
import org.polnet.access.ReviewPeriod;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.identity.CurrentOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * SLTD for officers and other modules: report a stolen or lost document, amend or withdraw its record, read and
 * search the records one may see. Only the issuing authority's office changes records (see
 * {@link IssuingAuthority}); every view and change is audited with the purpose stated. A refused change is audited
 * as {@code DENIED} and writes nothing else.
 */
@Service
public class TravelDocuments {

	static final int PAGE_SIZE_MAX = 100;

	private final SltdRows rows;

	private final AccessPolicy access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Consultations consultations;

	TravelDocuments(SltdRows rows, AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, Consultations consultations) {
		this.rows = rows;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.consultations = consultations;
	}

	/**
	 * Records a stolen or lost document for the officer's office.
	 *
	 * @throws ResponseStatusException 400 for invalid fields, 403 when the officer's office is not the issuing
	 *                                 authority or may not write, 409 when the document is already recorded
	 */
	public TravelDocument report(CurrentOfficer officer, DocumentReport report, @Nullable String clientAddress) {
		validate(report);
		RecordAccess recordAccess = accessOf(officer, report);
		String target = report.issuingCountry() + " " + report.documentNumber().trim();
		if (!access.mayChange(officer, recordAccess, report.issuingCountry(), IssuingAuthority.ISSUING_AUTHORITY_ONLY)) {
			audit.record(entry(officer, "documents.report", target, null, Outcome.DENIED, clientAddress));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the NCB of the issuing country records its documents (" + report.issuingCountry() + ").");
		}
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		LocalDate reviewAt = reviewAt(today, report.reviewAt());
		try {
			return transactions.execute(status -> {
				long id = rows.insert(report, recordAccess, today, reviewAt, officer.username());
				TravelDocument created = rows.find(id).orElseThrow();
				audit.record(entry(officer, "documents.report", created.reference(), null, Outcome.SUCCESS,
						clientAddress));
				events.publishEvent(new DocumentReported(created));
				return created;
			});
		}
		catch (DuplicateKeyException e) {
			throw new ResponseStatusException(HttpStatus.CONFLICT,
					"This document is already recorded: amend the existing record.");
		}
	}

	/** Changes a record: 404 when the officer may not see it, 403 when they may not change it, 409 on a duplicate. */
	public TravelDocument amend(CurrentOfficer officer, long id, DocumentReport report, @Nullable String clientAddress) {
		validate(report);
		TravelDocument before = changeable(officer, id, "documents.amend", clientAddress);
		if (before.withdrawn()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "A withdrawn record cannot be amended.");
		}
		RecordAccess recordAccess = accessOf(officer, report);
		if (!access.mayChange(officer, recordAccess, report.issuingCountry(), IssuingAuthority.ISSUING_AUTHORITY_ONLY)) {
			audit.record(entry(officer, "documents.amend", before.reference(), null, Outcome.DENIED, clientAddress));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the NCB of the issuing country records its documents (" + report.issuingCountry() + ").");
		}
		LocalDate created = LocalDate.ofInstant(before.createdAt(), ZoneOffset.UTC);
		LocalDate reviewAt = reviewAt(created, report.reviewAt());
		try {
			return transactions.execute(status -> {
				rows.update(id, report, recordAccess, reviewAt);
				rows.history(id, officer.username(), "AMENDED", report.status(), "");
				TravelDocument after = rows.find(id).orElseThrow();
				audit.record(entry(officer, "documents.amend", after.reference(), null, Outcome.SUCCESS, clientAddress));
				events.publishEvent(new DocumentAmended(before, after));
				return after;
			});
		}
		catch (DuplicateKeyException e) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "This document is already recorded.");
		}
	}

	/** Withdraws a record with the owner's reason: FIND no longer matches it; it stays readable with its history. */
	public TravelDocument withdraw(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		if (reason.isBlank() || reason.length() > 2_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A withdrawal needs a reason (up to 2,000 characters).");
		}
		TravelDocument before = changeable(officer, id, "documents.withdraw", clientAddress);
		if (before.withdrawn()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "The record is already withdrawn.");
		}
		return transactions.execute(status -> {
			rows.withdraw(id, reason.trim());
			rows.history(id, officer.username(), "WITHDRAWN", before.status(), reason.trim());
			TravelDocument after = rows.find(id).orElseThrow();
			audit.record(entry(officer, "documents.withdraw", after.reference(), reason.trim(), Outcome.SUCCESS,
					clientAddress));
			events.publishEvent(new DocumentWithdrawn(after));
			return after;
		});
	}

	/** Reads one record for the stated purpose: the same 404 for a hidden record as for a missing one; audited. */
	public TravelDocument view(CurrentOfficer officer, long id, String purpose, @Nullable String clientAddress) {
		return consultations.view(officer, rows.find(id), TravelDocument::access, TravelDocument.reference(id),
				"documents.view", purpose, clientAddress);
	}

	/** The history of a record the officer may see (read with {@link #view}, which audits the consultation). */
	public List<SltdHistoryEntry> history(CurrentOfficer officer, long id) {
		access.requireVisible(officer, rows.find(id), TravelDocument::access, TravelDocument.reference(id));
		return rows.historyOf(id);
	}

	/** Whether the officer may amend or withdraw this record (for showing the buttons). */
	public boolean mayChange(CurrentOfficer officer, TravelDocument document) {
		return !document.withdrawn() && access.mayChange(officer, document.access(), document.issuingCountry(),
				IssuingAuthority.ISSUING_AUTHORITY_ONLY);
	}

	/** The active record of a document, if the officer may see it; not audited: the caller audits its purpose. */
	public Optional<TravelDocument> findByKey(CurrentOfficer officer, String issuingCountry, String number,
			DocumentType type) {
		return rows.findActive(issuingCountry, DocumentNumbers.normalise(number), type)
			.filter(document -> access.maySee(officer, document.access()));
	}

	/** A page of the records the officer may see, newest first; one audit entry per search. */
	public SltdPage search(CurrentOfficer officer, SltdQuery query, int page, int size, @Nullable String clientAddress) {
		int pageSize = Math.clamp(size, 1, PAGE_SIZE_MAX);
		int pageNumber = Math.max(page, 0);
		List<TravelDocument> found = rows.search(query, access.sqlFilter(officer, "d"), pageNumber, pageSize);
		audit.record(entry(officer, "documents.search", describe(query), "list", Outcome.SUCCESS, clientAddress));
		boolean hasNext = found.size() > pageSize;
		return new SltdPage(hasNext ? found.subList(0, pageSize) : found, pageNumber, pageSize, hasNext);
	}

	private TravelDocument changeable(CurrentOfficer officer, long id, String action, @Nullable String clientAddress) {
		String reference = TravelDocument.reference(id);
		Optional<TravelDocument> found = rows.find(id);
		try {
			TravelDocument document = access.requireVisible(officer, found, TravelDocument::access, reference);
			access.requireChangeable(officer, document.access(), document.issuingCountry(),
					IssuingAuthority.ISSUING_AUTHORITY_ONLY, reference);
			return document;
		}
		catch (ResponseStatusException refused) {
			audit.record(entry(officer, action, reference, null, Outcome.DENIED, clientAddress));
			throw refused;
		}
	}

	private static void validate(DocumentReport report) {
		List<SltdRules.Problem> problems = SltdRules.problems(report);
		if (!problems.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problems.getFirst().reason());
		}
	}

	static RecordAccess accessOf(CurrentOfficer officer, DocumentReport report) {
		try {
			return new RecordAccess(officer.officeCode(), report.classification(), report.scope(), report.countries());
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}

	static LocalDate reviewAt(LocalDate from, @Nullable LocalDate requested) {
		try {
			return ReviewPeriod.DOCUMENT.reviewAt(from, requested);
		}
		catch (InvalidReviewDateException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}

	private static String describe(SltdQuery query) {
		return "number=" + (query.number() == null ? "" : query.number()) + " country="
				+ (query.issuingCountry() == null ? "" : query.issuingCountry()) + " status="
				+ (query.status() == null ? "" : query.status());
	}

	static AuditRecord entry(CurrentOfficer officer, String action, String target, @Nullable String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		return AuditRecord.of(officer, action, target,
				purpose, outcome, clientAddress);
	}
}
