package org.polnet.messaging;

import java.util.List;

/** A page of an inbox, newest first. */
public record InboxPage(List<MessageSummary> messages, int page, int size, boolean hasNext) {

	public InboxPage {
		messages = List.copyOf(messages);
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
