package org.polnet.messaging;

import java.time.Instant;
import java.util.UUID;

/** A recipient office acknowledged a message, by one of its officers. */
public record MessageAcknowledged(UUID messageId, String senderOffice, String office, String acknowledgedBy,
		Instant acknowledgedAt) {
}
