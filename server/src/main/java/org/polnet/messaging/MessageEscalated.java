package org.polnet.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * A recipient office did not acknowledge an urgent or flash message by its deadline: the General Secretariat's
 * Command and Coordination Centre takes it up, and sender and recipient are alerted.
 */
public record MessageEscalated(UUID messageId, String senderOffice, String recipientOffice, Priority priority,
		Instant deadline, Instant escalatedAt) {
}
