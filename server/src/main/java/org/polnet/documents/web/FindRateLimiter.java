package org.polnet.documents.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The token buckets of {@link FindRateLimits}, one per caller, in memory (per node: with several nodes the
 * effective limit is the sum; a shared limit would need a shared store).
 */
@Component
class FindRateLimiter {

	private final FindRateLimits limits;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	FindRateLimiter(FindRateLimits limits) {
		this.limits = limits;
	}

	/** Takes {@code checks} from the caller's bucket; empty when allowed, else how long to wait before retrying. */
	java.util.Optional<Duration> take(String caller, int checks) {
		FindRateLimits.Limit limit = limits.limitOf(caller);
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

		synchronized java.util.Optional<Duration> take(int checks, FindRateLimits.Limit limit) {
			long now = System.nanoTime();
			available = Math.min(limit.burst(), available + (now - refilledAt) / 1e9 * limit.perSecond());
			refilledAt = now;
			if (available >= checks) {
				available -= checks;
				return java.util.Optional.empty();
			}
			double seconds = limit.perSecond() <= 0 ? 3600 : (checks - available) / limit.perSecond();
			return java.util.Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
		}
	}
}
