package org.polnet.audit.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 lines: a field holding a comma, a quote or a line break is quoted, quotes doubled. A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe: an actor or target typed by an attacker must not execute on the auditor's machine.
 */
final class Csv {

	static String line(List<@Nullable String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(field(fields.get(i)));
		}
		return line.append("\r\n").toString();
	}

	static String field(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
	}

	private Csv() {
	}
}
