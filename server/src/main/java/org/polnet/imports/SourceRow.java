package org.polnet.imports;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One record of an uploaded file: where it starts, its fields, its text (for the rejection report), or why it
 * could not even be read as a record (a CSV row with the wrong number of cells, a line that is not JSON).
 */
record SourceRow(long line, Map<String, String> fields, String raw, ImportTarget.@Nullable RowProblem problem) {

	static final int RAW_LIMIT = 1_000;

	static String truncate(CharSequence raw) {
		return raw.length() <= RAW_LIMIT ? raw.toString() : raw.subSequence(0, RAW_LIMIT) + "…";
	}
}
