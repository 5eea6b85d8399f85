package org.polnet.messaging;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;

/**
 * What an inbox shows: received or sent messages, narrowed by any of the filters.
 *
 * @param text words searched in the subjects and bodies (of the messages the reader may read only)
 */
public record InboxQuery(Box box, @Nullable Priority priority, @Nullable Clearance classification,
		@Nullable String senderOffice, @Nullable LocalDate from, @Nullable LocalDate to, boolean unreadOnly,
		@Nullable String text) {

	public enum Box {
		RECEIVED, SENT
	}

	public static InboxQuery received() {
		return new InboxQuery(Box.RECEIVED, null, null, null, null, null, false, null);
	}

	String describe() {
		StringBuilder text = new StringBuilder(box.name().toLowerCase(java.util.Locale.ROOT));
		if (priority != null) {
			text.append(" priority=").append(priority);
		}
		if (classification != null) {
			text.append(" classification=").append(classification);
		}
		if (senderOffice != null) {
			text.append(" sender=").append(senderOffice);
		}
		if (from != null) {
			text.append(" from=").append(from);
		}
		if (to != null) {
			text.append(" to=").append(to);
		}
		if (unreadOnly) {
			text.append(" unread");
		}
		if (this.text != null && !this.text.isBlank()) {
			text.append(" text");
		}
		return text.toString();
	}
}
