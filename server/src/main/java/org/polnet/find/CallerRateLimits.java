package org.polnet.find;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many checks each caller (API token or officer) may make through FIND, whatever the database: a token bucket
 * per caller that refills at {@code perSecond} and holds at most {@code burst} checks; a batch costs one check per
 * item.
 *
 * @param callers limits for particular callers by name (a token's name, an officer's username), e.g. a large
 *                airport's system
 */
@ConfigurationProperties("polnet.find.rate-limit")
public record CallerRateLimits(@DefaultValue("20000") double perSecond, @DefaultValue("40000") long burst,
		Map<String, Limit> callers) {

	public record Limit(double perSecond, long burst) {
	}

	public CallerRateLimits {
		callers = callers == null ? Map.of() : Map.copyOf(callers);
	}

	Limit limitOf(String caller) {
		return callers.getOrDefault(caller, new Limit(perSecond, burst));
	}
}
