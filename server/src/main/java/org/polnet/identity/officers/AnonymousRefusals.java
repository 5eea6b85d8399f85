package org.polnet.identity.officers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.Outcome;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refusals of anonymous callers (no credentials, a rejected token), recorded at a bounded cost: the first from a
 * source (client address and kind of refusal) is written as it happens, the others of the period are counted and
 * written as one entry when the period ends ({@code polnet.identity.anonymous-refusals.period}, a minute). A client
 * hammering the API costs two entries a minute, not one per request. At most {@link #MAX_SOURCES} sources are
 * followed at once; beyond, refusals are counted together under one source.
 */
@Component
public class AnonymousRefusals {

	static final int MAX_SOURCES = 10_000;

	static final String OTHER_ADDRESSES = "(other addresses)";

	private record Source(String address, String action) {
	}

	private static final class Count {

		final Instant since;

		final LongAdder more = new LongAdder();

		volatile @Nullable String lastTarget;

		Count(Instant since) {
			this.since = since;
		}
	}

	private final Map<Source, Count> counts = new ConcurrentHashMap<>();

	private final IdentityAudit audit;

	private final Clock clock;

	AnonymousRefusals(IdentityAudit audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	/** One refusal of an anonymous caller: written if it is the first of its source in this period, else counted. */
	public void refused(String action, @Nullable String target, @Nullable String address) {
		Source source = new Source(address == null ? "unknown" : address, action);
		Count count = counts.get(source);
		if (count == null) {
			if (counts.size() >= MAX_SOURCES) {
				source = new Source(OTHER_ADDRESSES, action);
			}
			Count first = new Count(clock.instant());
			count = counts.putIfAbsent(source, first);
			if (count == null) {
				audit.anonymous(action, target, Outcome.DENIED, address);
				return;
			}
		}
		count.more.increment();
		count.lastTarget = target;
	}

	/** Ends the period: one entry per source with more than its first refusal. */
	@Scheduled(fixedDelayString = "${polnet.identity.anonymous-refusals.period:60s}")
	public void endPeriod() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		for (Map.Entry<Source, Count> entry : counts.entrySet()) {
			// removed first: a refusal counted a moment after this read is the only one that can be lost
			if (!counts.remove(entry.getKey(), entry.getValue())) {
				continue;
			}
			long more = entry.getValue().more.sum();
			if (more > 0) {
				Source source = entry.getKey();
				audit.anonymous(source.action(), "%d more refusals from %s between %s and %s, the last: %s".formatted(
						more, source.address(), entry.getValue().since.truncatedTo(ChronoUnit.SECONDS), now,
						entry.getValue().lastTarget), Outcome.DENIED,
						OTHER_ADDRESSES.equals(source.address()) ? null : source.address());
			}
		}
	}
}
