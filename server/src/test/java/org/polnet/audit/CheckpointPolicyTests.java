package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CheckpointPolicyTests {

	private final CheckpointPolicy policy = new CheckpointPolicy(1_000, Duration.ofMinutes(5));

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void dueAfterAThousandEntries() {
		assertThat(policy.due(1_999, 1_000, now, now)).isFalse();
		assertThat(policy.due(2_000, 1_000, now, now)).isTrue();
	}

	@Test
	void dueWhenChainedEntriesWaitedFiveMinutes() {
		assertThat(policy.due(1_010, 1_000, now.minus(Duration.ofMinutes(5)).plusSeconds(1), now)).isFalse();
		assertThat(policy.due(1_010, 1_000, now.minus(Duration.ofMinutes(5)), now)).isTrue();
	}

	@Test
	void neverDueWithNothingNewToSign() {
		assertThat(policy.due(1_000, 1_000, now.minus(Duration.ofHours(1)), now)).isFalse();
	}
}
