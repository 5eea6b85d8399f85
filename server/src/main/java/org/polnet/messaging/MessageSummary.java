package org.polnet.messaging;

import java.time.Instant;
import java.util.UUID;

import org.polnet.identity.Clearance;

/**
 * A line of an inbox.
 *
 * @param read                    whether the reader opened it
 * @param awaitingAcknowledgement whether the reader's office still has to acknowledge it
 */
public record MessageSummary(UUID id, UUID thread, String senderOffice, String sender, String addressedTo,
		Clearance classification, Priority priority, Instant sentAt, String subject, boolean read,
		boolean awaitingAcknowledgement) {
}
