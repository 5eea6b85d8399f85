package org.polnet.csv;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Writes CSV lines (RFC 4180: fields separated by commas, a quote inside a quoted field doubled) in two forms. */
public final class CsvWriter {

	/**
	 * For a file a person opens in a spreadsheet: a field is quoted only when it holds a comma, a quote or a line
	 * break, null is an empty field, lines end in CRLF. A field that a spreadsheet would run as a formula (starting
	 * with =, +, -, @, tab or carriage return) gets a leading apostrophe: text typed by an attacker must not execute
	 * on the reader's machine.
	 */
	public static final CsvWriter FOR_SPREADSHEETS = new CsvWriter(false, true, "\r\n");

	/**
	 * For PostgreSQL's {@code COPY ... (FORMAT csv)}: every value quoted, so that an empty text stays distinct from
	 * null (an empty unquoted field) and no value reads as the end-of-data marker; lines end in LF. Values are
	 * written as they are.
	 */
	public static final CsvWriter FOR_COPY = new CsvWriter(true, false, "\n");

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final boolean quoteAlways;

	private final boolean defuseFormulas;

	private final String lineEnd;

	private CsvWriter(boolean quoteAlways, boolean defuseFormulas, String lineEnd) {
		this.quoteAlways = quoteAlways;
		this.defuseFormulas = defuseFormulas;
		this.lineEnd = lineEnd;
	}

	/** This form with every value quoted, null excepted: for a file whose readers are used to quotes throughout. */
	public CsvWriter quotingEveryValue() {
		return new CsvWriter(true, defuseFormulas, lineEnd);
	}

	/** The values as one line, its end included; a value is written as its {@code toString()}. */
	public String line(List<?> values) {
		return appendLine(new StringBuilder(), values).toString();
	}

	/** Appends the values as one line, its end included, and returns {@code out}. */
	public StringBuilder appendLine(StringBuilder out, List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			appendField(out, values.get(i));
		}
		return out.append(lineEnd);
	}

	/** One value as a field. */
	public String field(@Nullable Object value) {
		return appendField(new StringBuilder(), value).toString();
	}

	private StringBuilder appendField(StringBuilder out, @Nullable Object value) {
		if (value == null) {
			return out;
		}
		String text = value.toString();
		if (defuseFormulas && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (quoteAlways || needsQuotes(text)) {
			return out.append('"').append(text.replace("\"", "\"\"")).append('"');
		}
		return out.append(text);
	}

	private static boolean needsQuotes(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}
}
