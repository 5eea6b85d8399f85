package org.polnet.hits;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where hits are raised, read and answered. Who sees a hit: the officers (and, read-only, the system clients) of the
 * owner office and of the checking office, and General Secretariat officers and reviewers (read-only); for anybody
 * else the hit does not exist. Every read and every answer is audited, in the same transaction.
 */
@Service
public class HitDesk {

	/** The purpose recorded for reading and answering hits: following up a match is the only reason to look. */
	public static final String PURPOSE = "hit follow-up";

	private static final Logger log = LoggerFactory.getLogger(HitDesk.class);

	private final Hits hits;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HitDesk(Hits hits, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.hits = hits;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Raises the hit a match calls for. None when the checking office owns the record (an office finding its own
	 * record learns nothing it needs telling), nor when the same check already raised it (a redelivered event).
	 */
	@Transactional
	Optional<Hit> raise(RecordMatched match) {
		if (match.ownRecord()) {
			log.debug("No hit: {} checked its own record {} {}", match.checkingOffice(), match.database(),
					match.recordReference());
			return Optional.empty();
		}
		Optional<Hit> raised = hits.raise(match, clock.instant());
		raised.ifPresent(hit -> {
			audit.record(new AuditRecord(match.checkedBy(), match.checkedBySystem() ? ActorType.SYSTEM : ActorType.OFFICER,
					match.checkingOffice(), "hits.raise", target(hit), match.purpose(), Outcome.SUCCESS, null));
			events.publishEvent(new HitRaised(hit.id(), hit.database(), hit.recordReference(), hit.ownerOffice(),
					hit.checkingOffice(), hit.checkedAt()));
		});
		return raised;
	}

	/** The hits the reader's office owns or checked (all hits for the General Secretariat), newest first. */
	@Transactional
	public HitPage list(CurrentOfficer reader, HitQuery query, int page, int size, @Nullable String clientAddress) {
		audit.record(record(reader, "hits.list", query.describe(), Outcome.SUCCESS, clientAddress));
		return hits.search(query, readsAll(reader) ? null : reader.officeCode(), Math.max(page, 0),
				Math.clamp(size, 1, 100));
	}

	/** The hit with its history, if the reader may see it; a refused read is audited as denied. */
	@Transactional
	public Optional<HitView> view(CurrentOfficer reader, long id, @Nullable String clientAddress) {
		Optional<Hit> hit = visible(reader, id);
		audit.record(record(reader, "hits.view", "hit/" + id, hit.isPresent() ? Outcome.SUCCESS : Outcome.DENIED,
				clientAddress));
		return hit.map(found -> view(reader, found));
	}

	/**
	 * Records the officer's office's answer: as owner if it owns the record, as checker if it made the check. Once both
	 * sides answered, publishes {@link HitConfirmed} or {@link HitRejected}.
	 *
	 * @throws NotVisible          when the officer may not see the hit (pages answer 404)
	 * @throws NotAParty           when the officer sees it read-only: the General Secretariat, a system client
	 * @throws Hit.AlreadyAnswered when the officer's side has already answered
	 */
	@Transactional
	public HitView answer(CurrentOfficer officer, long id, Answer answer, @Nullable String note,
			@Nullable String clientAddress) {
		String action = answer == Answer.CONFIRMED ? "hits.confirm" : "hits.reject";
		Hit hit = visible(officer, id).orElseThrow(() -> {
			audit.record(record(officer, action, "hit/" + id, Outcome.DENIED, clientAddress));
			return new NotVisible(id);
		});
		Side side = officer.isSystem() ? null : hit.sideOf(officer.officeCode()).orElse(null);
		if (side == null) {
			audit.record(record(officer, action, target(hit), Outcome.DENIED, clientAddress));
			throw new NotAParty(id);
		}
		String cleanNote = note == null || note.isBlank() ? null : note.strip();
		Hit answered = hit.answer(side, answer, officer.username(), cleanNote, clock.instant());
		if (!hits.saveAnswer(answered, side, officer.officeCode())) {
			throw new Hit.AlreadyAnswered(id, side);
		}
		audit.record(record(officer, action, target(hit), Outcome.SUCCESS, clientAddress));
		switch (answered.status()) {
			case CONFIRMED -> events.publishEvent(new HitConfirmed(hit.id(), hit.database(), hit.recordReference(),
					hit.ownerOffice(), hit.checkingOffice()));
			case REJECTED -> events.publishEvent(new HitRejected(hit.id(), hit.database(), hit.recordReference(),
					hit.ownerOffice(), hit.checkingOffice()));
			case OPEN -> {
			}
		}
		return view(officer, answered);
	}

	/** How many hits wait for the office's answer (as owner or as checker): the live badge starts from it. */
	public long awaitingAnswer(String office) {
		return hits.awaitingAnswer(office);
	}

	/** General Secretariat officers and reviewers read every hit (and answer none). */
	public static boolean readsAll(CurrentOfficer reader) {
		return !reader.isSystem() && (reader.has(Role.GS_OFFICER) || reader.has(Role.GS_REVIEWER));
	}

	private Optional<Hit> visible(CurrentOfficer reader, long id) {
		return hits.byId(id).filter(hit -> readsAll(reader) || hit.sideOf(reader.officeCode()).isPresent());
	}

	private HitView view(CurrentOfficer reader, Hit hit) {
		Side side = hit.sideOf(reader.officeCode()).orElse(null);
		boolean mayAnswer = side != null && !reader.isSystem() && hit.awaits(side);
		return new HitView(hit, hit.status(), hits.history(hit.id()), side, mayAnswer);
	}

	private static AuditRecord record(CurrentOfficer actor, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		return AuditRecord.of(actor, action, target, PURPOSE,
				outcome, clientAddress);
	}

	private static String target(Hit hit) {
		return "hit/" + hit.id() + " " + hit.database() + " " + hit.recordReference();
	}

	/** The hit does not exist for this reader. */
	public static final class NotVisible extends RuntimeException {

		NotVisible(long id) {
			super("No hit " + id);
		}
	}

	/** The reader sees the hit but is neither its owner office nor its checking office. */
	public static final class NotAParty extends RuntimeException {

		NotAParty(long id) {
			super("Not a party to hit " + id);
		}
	}
}
