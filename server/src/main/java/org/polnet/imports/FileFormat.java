package org.polnet.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.refusals.UnsupportedContentException;

/** The two formats a feed may upload, told from the declared type or name and confirmed by the content. */
enum FileFormat {

	CSV, JSON_LINES;

	static FileFormat of(@Nullable String contentType, String fileName, byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8);
		if (text.indexOf('\0') >= 0) {
			throw new UnsupportedContentException("The file is not text.");
		}
		String start = text.stripLeading();
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).stripLeading();
		}
		FileFormat sniffed = start.startsWith("{") ? JSON_LINES : CSV;
		@Nullable FileFormat declared = declared(contentType, fileName);
		if (declared != null && declared != sniffed) {
			throw new UnsupportedContentException("The file is declared as " + declared.label()
					 + " but its content is " + sniffed.label() + ".");
		}
		return sniffed;
	}

	private static @Nullable FileFormat declared(@Nullable String contentType, String fileName) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		String name = fileName.toLowerCase(Locale.ROOT);
		if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-lines") || name.endsWith(".jsonl")
				|| name.endsWith(".ndjson")) {
			return JSON_LINES;
		}
		if (type.startsWith("text/csv") || name.endsWith(".csv")) {
			return CSV;
		}
		return null;
	}

	String label() {
		return this == CSV ? "CSV" : "JSON Lines";
	}
}
