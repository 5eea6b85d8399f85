package org.polnet.hits;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Matches for tests, each with references of its own, and a way to raise them as a database module would. */
public final class TestHits {

	private TestHits() {
	}

	/** A stolen passport of the owner office, checked at a border post by the checking office's system. */
	public static RecordMatched match(String owner, String checking) {
		String unique = UUID.randomUUID().toString();
		return new RecordMatched("SLTD", "SLTD-" + unique, owner, "Passport TST " + unique.substring(0, 8) + ", stolen",
				"", checking, "border-system-" + checking.toLowerCase(), true, "Test border post", "Border control",
				Instant.now().truncatedTo(ChronoUnit.MILLIS), "CHECK-" + unique);
	}

	/** Publishes the match in a transaction, as the checking module would, and waits for the hit it raises. */
	public static long raise(RecordMatched match, TransactionTemplate transactions, ApplicationEventPublisher events,
			JdbcClient jdbc) {
		transactions.executeWithoutResult(status -> events.publishEvent(match));
		await().atMost(Duration.ofSeconds(20)).until(() -> hitId(jdbc, match) != null);
		return hitId(jdbc, match);
	}

	public static Long hitId(JdbcClient jdbc, RecordMatched match) {
		return jdbc.sql("SELECT id FROM hits_hit WHERE check_reference = ?")
			.param(match.checkReference())
			.query(Long.class)
			.optional()
			.orElse(null);
	}
}
