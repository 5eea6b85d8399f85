package org.polnet.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.polnet.identity.Clearance;

/** A message reached these recipient offices' inboxes (the live streams tell their officers). */
public record MessageDelivered(UUID messageId, String senderOffice, List<String> offices, Priority priority,
		Clearance classification, Instant deliveredAt) {

	public MessageDelivered {
		offices = List.copyOf(offices);
	}
}
