package org.polnet.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.polnet.identity.Clearance;

/**
 * A message was committed: published in the sending transaction, so the event publication registry keeps it until
 * the fan-out to every recipient office has completed, across a crash and restart.
 */
public record MessageSent(UUID messageId, String senderOffice, List<String> recipientOffices, Priority priority,
		Clearance classification, Instant sentAt) {

	public MessageSent {
		recipientOffices = List.copyOf(recipientOffices);
	}
}
