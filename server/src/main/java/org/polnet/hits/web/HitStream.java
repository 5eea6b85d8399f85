package org.polnet.hits.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.polnet.database.AfterCommit;
import org.polnet.hits.HitDesk;
import org.polnet.hits.HitRaised;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * Tells signed-in officers of new hits at once, as server-sent events: on connecting, a {@code waiting} event with
 * the number of hits awaiting their office's answer; then a {@code hit} event for each new hit their office owns
 * or checked (nobody else hears of it), and a comment every {@value #HEARTBEAT_MILLIS} ms so that proxies keep the
 * connection open. This node's officers only: with several nodes each node raises the events it receives.
 */
@RestController
class HitStream {

	static final long HEARTBEAT_MILLIS = 20_000;

	/** The browser reconnects after this; it bounds how long a signed-out session's stream can linger. */
	static final Duration TIMEOUT = Duration.ofMinutes(15);

	/** Streams per officer: a few open tabs, not an unbounded number of connections. */
	static final int PER_OFFICER = 5;

	/** What a stream says of a new hit: enough for the badge and a link, nothing of the record itself. */
	record HitNotice(long id, String database, String side, String link) {
	}

	private record Subscriber(long opened, String username, String office, SseEmitter emitter) {
	}

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final AtomicLong opened = new AtomicLong();

	private final HitDesk desk;

	private final CurrentOfficers officers;

	HitStream(HitDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@GetMapping(path = "/hits/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	public SseEmitter stream() {
		CurrentOfficer officer = officers.required();
		subscribers.stream()
			.filter(other -> other.username().equals(officer.username()))
			.sorted(Comparator.comparingLong(Subscriber::opened).reversed())
			.skip(PER_OFFICER - 1)
			.forEach(this::close);
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		Subscriber subscriber = new Subscriber(opened.incrementAndGet(), officer.username(), officer.officeCode(), emitter);
		emitter.onCompletion(() -> subscribers.remove(subscriber));
		emitter.onTimeout(() -> close(subscriber));
		emitter.onError(error -> subscribers.remove(subscriber));
		subscribers.add(subscriber);
		send(subscriber, SseEmitter.event().name("waiting").data(desk.awaitingAnswer(officer.officeCode())));
		return emitter;
	}

	/**
	 * After the hit is committed: an officer never hears of a hit that then is not there. Deferred with
	 * {@link AfterCommit} rather than by a transactional listener, which the event publication registry would store.
	 */
	@EventListener
	public void on(HitRaised raised) {
		AfterCommit.run(() -> tell(raised));
	}

	private void tell(HitRaised raised) {
		for (Subscriber subscriber : subscribers) {
			String side = subscriber.office().equals(raised.ownerOffice()) ? "OWNER"
					: subscriber.office().equals(raised.checkingOffice()) ? "CHECKER" : null;
			if (side != null) {
				send(subscriber, SseEmitter.event()
					.name("hit")
					.id(Long.toString(raised.hitId()))
					.data(new HitNotice(raised.hitId(), raised.database(), side, "/hits/" + raised.hitId()),
							MediaType.APPLICATION_JSON));
			}
		}
	}

	/**
	 * Ends every stream when the application stops, before the web server's graceful shutdown: that waits for open
	 * requests, and a stream stays open until its timeout.
	 */
	@EventListener(ContextClosedEvent.class)
	public void closeAll() {
		subscribers.forEach(this::close);
	}

	@Scheduled(fixedDelay = HEARTBEAT_MILLIS)
	public void heartbeat() {
		subscribers.forEach(subscriber -> send(subscriber, SseEmitter.event().comment("heartbeat")));
	}

	int open() {
		return subscribers.size();
	}

	private void send(Subscriber subscriber, SseEventBuilder event) {
		try {
			subscriber.emitter().send(event);
		}
		catch (IOException | IllegalStateException gone) { // the browser left, or the stream already ended
			subscribers.remove(subscriber);
			subscriber.emitter().completeWithError(gone);
		}
	}

	private void close(Subscriber subscriber) {
		subscribers.remove(subscriber);
		subscriber.emitter().complete();
	}
}
