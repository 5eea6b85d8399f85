package org.polnet.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;

/**
 * What the General Secretariat's Command and Coordination Centre sees of an urgent or flash message a recipient
 * office has not acknowledged: the metadata needed to escalate, never the subject or body.
 *
 * @param escalatedAt when the deadline passed and the check escalated it; null while it is still running
 */
public record AwaitedAcknowledgement(UUID messageId, String senderOffice, String recipientOffice, Priority priority,
		Clearance classification, Instant sentAt, Instant acknowledgeBy, @Nullable Instant escalatedAt) {
}
