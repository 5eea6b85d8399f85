package org.polnet.messaging;

import java.time.Clock;
import java.util.List;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers a sent message to its recipient offices' inboxes. Asynchronous, in its own transaction, after the
 * sending transaction committed; the event publication registry keeps the {@link MessageSent} until this completes,
 * so a crash between the send and the fan-out loses nothing: outstanding deliveries complete at restart. Delivering
 * twice changes nothing (only offices not yet reached are marked).
 */
@Component
class Fanout {

	static final String ACTOR = "messaging-fanout";

	private final Messages messages;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Fanout(Messages messages, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MessageSent sent) {
		var now = clock.instant();
		List<String> delivered = messages.markDelivered(sent.messageId(), now);
		if (delivered.isEmpty()) {
			return;
		}
		audit.recordAll(delivered.stream()
			.map(office -> new AuditRecord(ACTOR, ActorType.SYSTEM, office, "messaging.deliver",
					"message/" + sent.messageId() + " from " + sent.senderOffice(), MessageDesk.PURPOSE, Outcome.SUCCESS,
					null))
			.toList());
		events.publishEvent(new MessageDelivered(sent.messageId(), sent.senderOffice(), delivered, sent.priority(),
				sent.classification(), now));
	}
}
