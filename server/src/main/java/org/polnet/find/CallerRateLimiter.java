package org.polnet.find;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The token buckets of {@link CallerRateLimits}, one per caller, shared by every FIND API (documents, vehicles…):
 * the limit is about the caller, not the database it checks. In memory, per node: with several nodes the
 * effective limit is the sum; a shared limit would need a shared store.
 */
@Component
public class CallerRateLimiter {

	private final CallerRateLimits limits;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	CallerRateLimiter(CallerRateLimits limits) {
		this.limits = limits;
	}

	/** Takes {@code checks} from the caller's bucket; empty when allowed, else how long to wait before retrying. */
	public Optional<Duration> take(String caller, int checks) {
		CallerRateLimits.Limit limit = limits.limitOf(caller);
		Bucket bucket = buckets.computeIfAbsent(caller, name -> new Bucket(limit.burst(), System.nanoTime()));
		return bucket.take(checks, limit);
	}

	private static final class Bucket {

		private double available;

		private long refilledAt;

		Bucket(double available, long now) {
			this.available = available;
			this.refilledAt = now;
		}

		synchronized Optional<Duration> take(int checks, CallerRateLimits.Limit limit) {
			long now = System.nanoTime();
			available = Math.min(limit.burst(), available + (now - refilledAt) / 1e9 * limit.perSecond());
			refilledAt = now;
			if (available >= checks) {
				available -= checks;
				return Optional.empty();
			}
			double seconds = limit.perSecond() <= 0 ? 3600 : (checks - available) / limit.perSecond();
			return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
		}
	}
}
