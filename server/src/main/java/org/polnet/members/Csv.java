package org.polnet.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads RFC 4180 CSV text with a header row: quoted fields may hold commas, doubled quotes and line breaks. */
final class Csv {

	private Csv() {
	}

	/** One map per data row, from column name to value, in file order. */
	static List<Map<String, String>> read(String text) {
		List<List<String>> rows = rows(text.startsWith("\uFEFF") ? text.substring(1) : text);
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> header = rows.getFirst();
		List<Map<String, String>> records = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			List<String> row = rows.get(i);
			if (row.size() != header.size()) {
				throw new IllegalArgumentException(
						"Row " + (i + 1) + " has " + row.size() + " fields, the header " + header.size());
			}
			Map<String, String> record = new LinkedHashMap<>();
			for (int column = 0; column < header.size(); column++) {
				record.put(header.get(column), row.get(column));
			}
			records.add(record);
		}
		return records;
	}

	private static List<List<String>> rows(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("A quoted field is not closed");
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		rows.removeIf(r -> r.size() == 1 && r.getFirst().isEmpty());
		return rows;
	}
}
