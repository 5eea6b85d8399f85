package org.polnet.records;

import java.util.List;

/** One page of the records a search found that the officer may see, newest first. */
public record RecordPage<R>(List<R> records, int page, int size, boolean hasNext) {

	public RecordPage {
		records = List.copyOf(records);
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
