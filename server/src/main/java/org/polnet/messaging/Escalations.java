package org.polnet.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalates every urgent or flash message a recipient office has not acknowledged by its deadline
 * ({@code polnet.messaging.acknowledge-within}) to the General Secretariat's Command and Coordination Centre, once
 * per office, and publishes {@link MessageEscalated} so that sender and recipient are alerted. The check runs every
 * {@code polnet.messaging.escalation-check}; with several nodes, the update's row locks let one node escalate each.
 */
@Component
public class Escalations {

	static final String ACTOR = "messaging-escalation";

	private final Messages messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Escalations(Messages messages, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${polnet.messaging.escalation-check:PT15S}",
			initialDelayString = "${polnet.messaging.escalation-check:PT15S}")
	public void check() {
		escalateOverdue(clock.instant());
	}

	/** Escalates what is overdue at {@code now}; returns what it escalated. */
	@Transactional
	public List<AwaitedAcknowledgement> escalateOverdue(Instant now) {
		List<AwaitedAcknowledgement> overdue = messages.escalateOverdue(now);
		if (overdue.isEmpty()) {
			return overdue;
		}
		audit.recordAll(overdue.stream()
			.map(awaited -> new AuditRecord(ACTOR, ActorType.SYSTEM, "GS", "messaging.escalate",
					"message/" + awaited.messageId() + " " + awaited.priority() + " from " + awaited.senderOffice()
							+ " not acknowledged by " + awaited.recipientOffice(),
					MessageDesk.PURPOSE, Outcome.SUCCESS, null))
			.toList());
		overdue.forEach(awaited -> events.publishEvent(new MessageEscalated(awaited.messageId(), awaited.senderOffice(),
				awaited.recipientOffice(), awaited.priority(), awaited.acknowledgeBy(), now)));
		return overdue;
	}
}
