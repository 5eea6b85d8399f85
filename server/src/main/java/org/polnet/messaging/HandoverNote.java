package org.polnet.messaging;

import java.time.Instant;

/** One entry of the Command and Coordination Centre's duty handover log. */
public record HandoverNote(long id, Instant writtenAt, String officer, String note) {
}
