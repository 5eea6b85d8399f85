package org.polnet.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sender's acknowledgement: the message is durably committed.
 *
 * @param replayed whether an earlier request with the same {@code Idempotency-Key} created it
 */
public record SentMessage(UUID id, UUID thread, Instant sentAt, List<String> recipients, boolean replayed) {

	public SentMessage {
		recipients = List.copyOf(recipients);
	}
}
