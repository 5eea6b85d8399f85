package org.polnet.hits;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step in a hit's life: raised, or answered by one side.
 *
 * @param side   who answered; null for the raising
 * @param answer the answer; null for the raising
 * @param actor  the officer who answered, or who (or which system) checked
 * @param office the actor's office
 * @param status the hit's overall status after the step
 */
public record HitHistoryEntry(Instant at, @Nullable Side side, @Nullable Answer answer, String actor, String office,
		@Nullable String note, HitStatus status) {
}
