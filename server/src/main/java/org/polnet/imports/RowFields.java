package org.polnet.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.imports.ImportTarget.RowProblem;

/**
 * Reads a row's fields for an {@link ImportTarget#parse}, collecting each wrong field's problem in {@code problems}
 * rather than stopping at the first, so that the report gives every reason a row is rejected.
 *
 * @param fields   the row as the imports module hands it to the target
 * @param problems where each field's problem is added
 */
public record RowFields(java.util.Map<String, String> fields, List<RowProblem> problems) {

	/** The field's text, stripped; empty when absent. */
	public String text(String name) {
		String value = fields.get(name);
		return value == null ? "" : value.strip();
	}

	/** A date as {@code YYYY-MM-DD}; null when blank or wrong (then a problem is added). */
	public @Nullable LocalDate date(String name) {
		String value = text(name);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return isoDate(value);
		}
		catch (DateTimeException e) {
			problems.add(new RowProblem(name, "Not a date (YYYY-MM-DD): " + value));
			return null;
		}
	}

	/**
	 * YYYY-MM-DD as {@code LocalDate.parse} reads it, without its formatter for the usual form (a bulk load reads
	 * four dates a row, and the formatter was a twentieth of the load's CPU). Anything else goes to the formatter.
	 */
	static LocalDate isoDate(String value) {
		if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
			int year = digits(value, 0, 4);
			int month = digits(value, 5, 7);
			int day = digits(value, 8, 10);
			if (year >= 0 && month >= 0 && day >= 0) {
				return LocalDate.of(year, month, day); // DateTimeException for the 31st of February
			}
		}
		return LocalDate.parse(value);
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	/** A whole number; null when blank or wrong (then a problem is added). */
	public @Nullable Integer integer(String name) {
		String value = text(name);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			problems.add(new RowProblem(name, "Not a whole number: " + value));
			return null;
		}
	}

	/**
	 * One of an enumeration's names, case-insensitively, with spaces or dashes for underscores; {@code absent} when
	 * blank (a problem when {@code absent} is null: the field is required), null when unknown (with a problem).
	 */
	public <E extends Enum<E>> @Nullable E choice(String name, Class<E> kind, @Nullable E absent) {
		String value = text(name);
		if (value.isEmpty()) {
			if (absent == null) {
				problems.add(new RowProblem(name, "Required: one of " + names(kind.getEnumConstants()) + "."));
			}
			return absent;
		}
		try {
			return Enum.valueOf(kind, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			problems.add(new RowProblem(name, "Unknown value " + value + ": one of " + names(kind.getEnumConstants()) + "."));
			return null;
		}
	}

	/** The names of an enumeration's values, for a column's description and the problems. */
	public static String names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
	}
}
