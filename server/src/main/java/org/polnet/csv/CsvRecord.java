package org.polnet.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One record as read: the physical line it starts on, its cells, its text as it stands in the file (quotes
 * included, for a rejection report) and, when it is not valid CSV, why.
 */
public record CsvRecord(long line, List<String> cells, CharSequence raw, @Nullable String problem) {

	public boolean valid() {
		return problem == null;
	}
}
