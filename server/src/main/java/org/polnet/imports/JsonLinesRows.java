package org.polnet.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.imports.ImportTarget.RowProblem;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * JSON Lines: one JSON object per line, keys as field names. Text, numbers and booleans become the field's text; a
 * null is an absent field. A line that is not a JSON object is rejected alone. Blank lines are skipped.
 */
final class JsonLinesRows implements RowReader {

	private final BufferedReader reader;

	private final ObjectMapper json;

	private long line;

	JsonLinesRows(BufferedReader reader, ObjectMapper json) {
		this.reader = reader;
		this.json = json;
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		String text;
		do {
			text = reader.readLine();
			line++;
			if (text == null) {
				return null;
			}
		}
		while (text.isBlank());
		String raw = SourceRow.truncate(text);
		JsonNode node;
		try {
			node = json.readTree(text);
		}
		catch (JacksonException e) {
			return new SourceRow(line, Map.of(), raw, new RowProblem(null, "not valid JSON: " + e.getOriginalMessage()));
		}
		if (node == null || !node.isObject()) {
			return new SourceRow(line, Map.of(), raw, new RowProblem(null, "each line must be one JSON object"));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			JsonNode value = property.getValue();
			if (value.isNull()) {
				continue;
			}
			if (!value.isValueNode()) {
				return new SourceRow(line, Map.of(), raw,
						new RowProblem(property.getKey(), "must be a text, a number or a boolean"));
			}
			fields.put(property.getKey().toLowerCase(java.util.Locale.ROOT), value.asString());
		}
		return new SourceRow(line, fields, raw, null);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
