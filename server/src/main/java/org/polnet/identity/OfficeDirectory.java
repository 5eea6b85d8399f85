package org.polnet.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The offices an officer can belong to and their English names: the organisation's own offices and one NCB
 * per member country ({@code NCB-<ISO3>}, named "NCB <city>").
 * <p>
 * The one place identity learns about offices. It reads the members module's reference files for now; when
 * the members module publishes its {@code Offices} API, only this class changes.
 */
@Component
class OfficeDirectory {

	private final Map<String, String> names;

	OfficeDirectory() {
		Map<String, String> offices = new LinkedHashMap<>();
		for (List<String> row : read("members/offices.csv")) {
			offices.put(row.get(0), row.get(2));
		}
		for (List<String> row : read("members/countries.csv")) {
			offices.put("NCB-" + row.get(1), "NCB " + row.get(9));
		}
		this.names = Collections.unmodifiableMap(offices);
	}

	boolean exists(String officeCode) {
		return names.containsKey(officeCode);
	}

	/** The office's English name; the code itself for an office no longer known. */
	String name(String officeCode) {
		return names.getOrDefault(officeCode, officeCode);
	}

	Optional<String> find(String officeCode) {
		return Optional.ofNullable(names.get(officeCode));
	}

	/** Every office code and name, the organisation's offices first, then NCBs by country code. */
	Map<String, String> all() {
		return names;
	}

	private static List<List<String>> read(String resource) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank()).map(OfficeDirectory::fields).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource, e);
		}
	}

	/** One RFC 4180 line: fields separated by commas, a quoted field may hold commas and doubled quotes. */
	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}
}
