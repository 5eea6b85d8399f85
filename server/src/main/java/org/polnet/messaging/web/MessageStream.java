package org.polnet.messaging.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.polnet.database.AfterCommit;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.messaging.MessageAcknowledged;
import org.polnet.messaging.MessageDelivered;
import org.polnet.messaging.MessageDesk;
import org.polnet.messaging.MessageEscalated;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tells officers and systems of their office's messages at once, as server-sent events: on connecting an
 * {@code unread} event with the number of received messages the reader has not opened; then a {@code message} event
 * for each message delivered to their office within their clearance, {@code acknowledged} when a recipient office
 * acknowledges one of their office's messages, and {@code escalation} when an acknowledgement deadline passes (to
 * the sending and the recipient office, and to the General Secretariat's duty officers). Only identifiers and
 * metadata: the reader opens the message itself through the audited read. This node's subscribers only.
 */
@RestController
@Tag(name = "Messages")
class MessageStream {

	static final long HEARTBEAT_MILLIS = 20_000;

	static final Duration TIMEOUT = Duration.ofMinutes(15);

	static final int PER_READER = 5;

	record MessageNotice(UUID id, String senderOffice, String priority, String link) {
	}

	record AcknowledgementNotice(UUID id, String office, String link) {
	}

	record EscalationNotice(UUID id, String senderOffice, String recipientOffice, String priority, String link) {
	}

	private record Subscriber(long opened, CurrentOfficer reader, SseEmitter emitter) {
	}

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final AtomicLong opened = new AtomicLong();

	private final MessageDesk desk;

	private final CurrentOfficers officers;

	MessageStream(MessageDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@GetMapping(path = "/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	public SseEmitter officerStream() {
		return open(officers.required());
	}

	@GetMapping(path = "/api/v1/messages/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_messages:read')")
	@Operation(summary = "New messages of the caller's office, live (server-sent events: unread, message, acknowledged, escalation)")
	public SseEmitter apiStream() {
		return open(officers.required());
	}

	/** After the fan-out committed: nobody hears of a message that is then not in their inbox. */
	@EventListener
	public void on(MessageDelivered delivered) {
		AfterCommit.run(() -> tell(reader -> delivered.offices().contains(reader.officeCode())
				&& reader.clearance().covers(delivered.classification()), event -> event.name("message")
			.id(delivered.messageId().toString())
			.data(new MessageNotice(delivered.messageId(), delivered.senderOffice(), delivered.priority().name(),
					link(delivered.messageId())), MediaType.APPLICATION_JSON)));
	}

	@EventListener
	public void on(MessageAcknowledged acknowledged) {
		AfterCommit.run(() -> tell(reader -> reader.officeCode().equals(acknowledged.senderOffice()),
				event -> event.name("acknowledged")
					.data(new AcknowledgementNotice(acknowledged.messageId(), acknowledged.office(),
							link(acknowledged.messageId())), MediaType.APPLICATION_JSON)));
	}

	@EventListener
	public void on(MessageEscalated escalated) {
		AfterCommit.run(() -> tell(reader -> reader.officeCode().equals(escalated.senderOffice())
				|| reader.officeCode().equals(escalated.recipientOffice()) || MessageDesk.isDutyOfficer(reader),
				event -> event.name("escalation")
					.data(new EscalationNotice(escalated.messageId(), escalated.senderOffice(),
							escalated.recipientOffice(), escalated.priority().name(), link(escalated.messageId())),
							MediaType.APPLICATION_JSON)));
	}

	@EventListener(ContextClosedEvent.class)
	public void closeAll() {
		subscribers.forEach(this::close);
	}

	@Scheduled(fixedDelay = HEARTBEAT_MILLIS)
	public void heartbeat() {
		subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
	}

	private SseEmitter open(CurrentOfficer reader) {
		subscribers.stream()
			.filter(other -> other.reader().username().equals(reader.username()))
			.sorted(Comparator.comparingLong(Subscriber::opened).reversed())
			.skip(PER_READER - 1)
			.forEach(this::close);
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(opened.incrementAndGet(), reader, emitter);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> close(subscriber));
		emitter.onError(error -> subscribers.remove(subscriber));
		subscribers.add(subscriber);
		send(subscriber, SseEmitter.event().name("unread").data(desk.unread(reader)));
		return emitter;
	}

	private void tell(Predicate<CurrentOfficer> concerned, java.util.function.Function<SseEventBuilder, SseEventBuilder> event) {
		for (Subscriber subscriber : subscribers) {
			if (concerned.test(subscriber.reader())) {
				send(subscriber, event.apply(SseEmitter.event()));
			}
		}
	}

	private void send(Subscriber subscriber, SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException gone) {
			subscribers.remove(subscriber);
			subscriber.emitter().completeWithError(gone);
		}
	}

	private void close(Subscriber subscriber) {
		subscribers.remove(subscriber);
		subscriber.emitter().complete();
	}

	private static String link(UUID id) {
		return "/messages/" + id;
	}
}
