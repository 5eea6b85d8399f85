package org.polnet.vehicles;

import java.time.Clock;
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
import org.polnet.identity.CurrentOfficer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * SMV for officers and other modules: report a stolen vehicle, amend its record, mark it recovered or withdraw it,
 * read and search the records one may see. Only officers of the NCB of the country where the vehicle was stolen
 * report and change its record ({@link SmvRules#STOLEN_COUNTRY_NCB_ONLY} on top of the owner rule); every view and
 * change is audited with its purpose. A refused change is audited as {@code DENIED} and writes nothing else.
 */
@Service
public class StolenVehicles {

	/**
	 * Ten years, as for travel documents: a vehicle is an object, not nominal data, and stolen vehicles resurface
	 * years later (re-registered abroad, in parts); the owner may shorten it.
	 */
	public static final ReviewPeriod REVIEW_PERIOD = ReviewPeriod.DOCUMENT;

	static final int PAGE_SIZE_MAX = 100;

	private final SmvRows rows;

	private final SmvRules rules;

	private final AccessPolicy access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Consultations consultations;

	StolenVehicles(SmvRows rows, SmvRules rules, AccessPolicy access, AuditTrail audit,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			Consultations consultations) {
		this.rows = rows;
		this.rules = rules;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.consultations = consultations;
	}

	/**
	 * Records a stolen vehicle for the officer's office.
	 *
	 * @throws ResponseStatusException 400 for invalid fields, 403 when the officer's NCB is not that of the country
	 *                                 where the vehicle was stolen or may not write, 409 when the vehicle (its VIN or
	 *                                 its plate) is already recorded as stolen
	 */
	public StolenVehicle report(CurrentOfficer officer, VehicleReport report, @Nullable String clientAddress) {
		validate(report);
		RecordAccess recordAccess = accessOf(officer, report);
		String target = describe(report);
		if (!access.mayChange(officer, recordAccess, report, SmvRules.STOLEN_COUNTRY_NCB_ONLY)) {
			audit.record(entry(officer, "vehicles.report", target, null, Outcome.DENIED, clientAddress));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					SmvRules.NOT_STOLEN_COUNTRY_NCB + " (" + report.stolenCountry() + ").");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		LocalDate reviewAt = reviewAt(today, report.reviewAt());
		try {
			return transactions.execute(status -> {
				long id = rows.insert(report, recordAccess, reviewAt);
				rows.history(id, officer.username(), "REPORTED", VehicleStatus.STOLEN, "");
				StolenVehicle created = rows.find(id).orElseThrow();
				audit.record(entry(officer, "vehicles.report", created.reference(), null, Outcome.SUCCESS,
						clientAddress));
				events.publishEvent(new VehicleReported(created));
				return created;
			});
		}
		catch (DuplicateKeyException e) {
			throw duplicate();
		}
	}

	/** Changes a stolen vehicle's record: 404 when the officer may not see it, 403 when they may not change it. */
	public StolenVehicle amend(CurrentOfficer officer, long id, VehicleReport report, @Nullable String clientAddress) {
		validate(report);
		StolenVehicle before = changeable(officer, id, "vehicles.amend", clientAddress);
		RecordAccess recordAccess = accessOf(officer, report);
		if (!access.mayChange(officer, recordAccess, report, SmvRules.STOLEN_COUNTRY_NCB_ONLY)) {
			audit.record(entry(officer, "vehicles.amend", before.reference(), null, Outcome.DENIED, clientAddress));
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					SmvRules.NOT_STOLEN_COUNTRY_NCB + " (" + report.stolenCountry() + ").");
		}
		LocalDate reviewAt = reviewAt(LocalDate.ofInstant(before.createdAt(), ZoneOffset.UTC), report.reviewAt());
		try {
			return transactions.execute(status -> {
				rows.update(id, report, recordAccess, reviewAt);
				return changed(officer, before, "vehicles.amend", "AMENDED", "", null, clientAddress);
			});
		}
		catch (DuplicateKeyException e) {
			throw duplicate();
		}
	}

	/** The owner found the vehicle: FIND no longer matches it; it stays readable with its history. */
	public StolenVehicle markRecovered(CurrentOfficer officer, long id, String note, @Nullable String clientAddress) {
		if (note.length() > 2_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The note has at most 2,000 characters.");
		}
		StolenVehicle before = changeable(officer, id, "vehicles.recover", clientAddress);
		return transactions.execute(status -> {
			rows.close(id, VehicleStatus.RECOVERED, null);
			return changed(officer, before, "vehicles.recover", "RECOVERED", note.strip(), null, clientAddress);
		});
	}

	/** Withdraws a record with the owner's reason: FIND no longer matches it; it stays readable with its history. */
	public StolenVehicle withdraw(CurrentOfficer officer, long id, String reason, @Nullable String clientAddress) {
		if (reason.isBlank() || reason.length() > 2_000) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"A withdrawal needs a reason (up to 2,000 characters).");
		}
		StolenVehicle before = changeable(officer, id, "vehicles.withdraw", clientAddress);
		return transactions.execute(status -> {
			rows.close(id, VehicleStatus.WITHDRAWN, reason.strip());
			return changed(officer, before, "vehicles.withdraw", "WITHDRAWN", reason.strip(), reason.strip(),
					clientAddress);
		});
	}

	/** After a change in the caller's transaction: the history line, the audit entry, the event. */
	private StolenVehicle changed(CurrentOfficer officer, StolenVehicle before, String action, String change,
			String note, @Nullable String purpose, @Nullable String clientAddress) {
		StolenVehicle after = rows.find(before.id()).orElseThrow();
		rows.history(before.id(), officer.username(), change, after.status(), note);
		audit.record(entry(officer, action, after.reference(), purpose, Outcome.SUCCESS, clientAddress));
		events.publishEvent(new VehicleChanged(before, after, change));
		return after;
	}

	/** Reads one record for the stated purpose: the same 404 for a hidden record as for a missing one; audited. */
	public StolenVehicle view(CurrentOfficer officer, long id, String purpose, @Nullable String clientAddress) {
		return consultations.view(officer, rows.find(id), StolenVehicle::access, StolenVehicle.reference(id),
				"vehicles.view", purpose, clientAddress);
	}

	/** The history of a record the officer may see (read with {@link #view}, which audits the consultation). */
	public List<VehicleHistoryEntry> history(CurrentOfficer officer, long id) {
		access.requireVisible(officer, rows.find(id), StolenVehicle::access, StolenVehicle.reference(id));
		return rows.historyOf(id);
	}

	/** Whether the officer may amend, mark recovered or withdraw this record (for showing the buttons). */
	public boolean mayChange(CurrentOfficer officer, StolenVehicle vehicle) {
		return vehicle.stolen()
				&& access.mayChange(officer, vehicle.access(), vehicle, SmvRules.RECORD_OF_STOLEN_COUNTRY_NCB);
	}

	/** A page of the records the officer may see, newest first; one audit entry per search. */
	public SmvPage search(CurrentOfficer officer, SmvQuery query, int page, int size, @Nullable String clientAddress) {
		int pageSize = Math.clamp(size, 1, PAGE_SIZE_MAX);
		int pageNumber = Math.max(page, 0);
		List<StolenVehicle> found = rows.search(query, access.sqlFilter(officer, "v"), pageNumber, pageSize);
		audit.record(entry(officer, "vehicles.search", describe(query), "list", Outcome.SUCCESS, clientAddress));
		boolean hasNext = found.size() > pageSize;
		return new SmvPage(hasNext ? found.subList(0, pageSize) : found, pageNumber, pageSize, hasNext);
	}

	private StolenVehicle changeable(CurrentOfficer officer, long id, String action, @Nullable String clientAddress) {
		String reference = StolenVehicle.reference(id);
		Optional<StolenVehicle> found = rows.find(id);
		try {
			StolenVehicle vehicle = access.requireVisible(officer, found, StolenVehicle::access, reference);
			access.requireChangeable(officer, vehicle.access(), vehicle,
					SmvRules.RECORD_OF_STOLEN_COUNTRY_NCB,
					reference);
			if (!vehicle.stolen()) {
				throw new ResponseStatusException(HttpStatus.CONFLICT,
						"The record is " + vehicle.status() + ": report the vehicle again if it is stolen again.");
			}
			return vehicle;
		}
		catch (ResponseStatusException refused) {
			audit.record(entry(officer, action, reference, null, Outcome.DENIED, clientAddress));
			throw refused;
		}
	}

	private void validate(VehicleReport report) {
		List<SmvRules.Problem> problems = rules.problems(report);
		if (!problems.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problems.getFirst().reason());
		}
	}

	private static ResponseStatusException duplicate() {
		return new ResponseStatusException(HttpStatus.CONFLICT,
				"This vehicle (its VIN or its plate) is already recorded as stolen: amend the existing record.");
	}

	static RecordAccess accessOf(CurrentOfficer officer, VehicleReport report) {
		try {
			return new RecordAccess(officer.officeCode(), report.classification(), report.scope(), report.countries());
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}

	static LocalDate reviewAt(LocalDate from, @Nullable LocalDate requested) {
		try {
			return REVIEW_PERIOD.reviewAt(from, requested);
		}
		catch (InvalidReviewDateException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}

	private static String describe(VehicleReport report) {
		return "SMV " + (report.vin().isBlank() ? report.registrationCountry() + " " + report.plate().strip()
				: SmvRules.normaliseVin(report.vin()));
	}

	private static String describe(SmvQuery query) {
		return "vin=" + orEmpty(query.vin()) + " plate=" + orEmpty(query.plate()) + " make=" + orEmpty(query.make())
				+ " country=" + orEmpty(query.country()) + " status=" + (query.status() == null ? "" : query.status());
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text.strip();
	}

	static AuditRecord entry(CurrentOfficer officer, String action, String target, @Nullable String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		return AuditRecord.of(officer, action, target,
				purpose, outcome, clientAddress);
	}
}
