package org.polnet.hits;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One side's answer to a hit: final once given (a correction goes through a message to the other side). */
public record SideAnswer(Answer answer, String officer, Instant at, @Nullable String note) {
}
