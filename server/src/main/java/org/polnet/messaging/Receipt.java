package org.polnet.messaging;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where a message stands at one recipient office.
 *
 * @param deliveredAt     when it reached the office's inbox
 * @param acknowledgeBy   for an urgent or flash message, the office's deadline to acknowledge it
 * @param acknowledgedAt  when one of the office's officers acknowledged it
 * @param acknowledgedBy  who did
 * @param escalatedAt     when the missed deadline was escalated to the General Secretariat
 * @param reads           the office's officers who opened it
 */
public record Receipt(String office, @Nullable Instant deliveredAt, @Nullable Instant acknowledgeBy,
		@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant escalatedAt,
		List<Read> reads) {

	public Receipt {
		reads = List.copyOf(reads);
	}

	/** One officer opened the message. */
	public record Read(String reader, Instant at) {
	}

	public boolean awaitsAcknowledgement() {
		return acknowledgeBy != null && acknowledgedAt == null;
	}
}
