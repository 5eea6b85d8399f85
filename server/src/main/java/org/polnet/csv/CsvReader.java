package org.polnet.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV record by record: comma separated, fields optionally in double quotes (a quote inside
 * doubled), line breaks inside quoted fields, CRLF or LF, a leading byte order mark skipped, blank lines skipped. A
 * malformed record (a stray quote, text after a closing quote, a quote not closed at the end of the file, a record
 * longer than a million characters) comes back with its problem, so that a caller can reject it alone and go on
 * with the next line.
 * <p>
 * Ours rather than a library's: on the file of an import it reads faster than Jackson CSV and Commons CSV
 * ({@code CsvReadBenchmark}, docs/benchmarks.md), and neither of them goes on after a malformed record.
 */
public final class CsvReader implements Closeable {

	private static final int MAX_RECORD_CHARS = 1 << 20;

	private final Reader reader;

	// our own buffer: Reader.read() per character takes a lock each time, which costs more than the parsing
	private final char[] buffer = new char[65_536];

	private int position;

	private int length;

	private long line = 1;

	private boolean started;

	// the current record's text: what was read before the buffer was last refilled, then the buffer from rawFrom on;
	// cells and text are copied from the buffer in slices, not character by character
	private final StringBuilder rawBefore = new StringBuilder();

	private int rawFrom;

	private final StringBuilder cell = new StringBuilder();

	private @Nullable String problem;

	private int cellsPerRecord = 8;

	private CsvReader(Reader reader) {
		this.reader = reader;
	}

	public static CsvReader of(Reader reader) {
		return new CsvReader(reader);
	}

	/**
	 * Every record of a small, trusted text (such as reference data shipped with Polnet) as a map from the header's
	 * names to the values, in file order; any malformed record or one with another number of fields than the
	 * header is an {@link IllegalArgumentException}.
	 */
	public static List<Map<String, String>> readAll(String text) {
		try (CsvReader csv = of(new StringReader(text))) {
			@Nullable CsvRecord header = csv.next();
			if (header == null) {
				return List.of();
			}
			List<Map<String, String>> records = new ArrayList<>();
			for (CsvRecord record = header; record != null; record = csv.next()) {
				if (!record.valid()) {
					throw new IllegalArgumentException("Line " + record.line() + ": " + record.problem());
				}
				if (record.cells().size() != header.cells().size()) {
					throw new IllegalArgumentException("Line " + record.line() + " has " + record.cells().size()
							+ " fields, the header " + header.cells().size());
				}
				if (record != header) {
					Map<String, String> fields = new LinkedHashMap<>();
					for (int i = 0; i < record.cells().size(); i++) {
						fields.put(header.cells().get(i), record.cells().get(i));
					}
					records.add(fields);
				}
			}
			return records;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The next record that is not a blank line, or null at the end of the input. */
	public @Nullable CsvRecord next() throws IOException {
		if (!started) {
			started = true;
			if (fill() && buffer[position] == '\uFEFF') {
				position++;
			}
		}
		@Nullable CsvRecord record = readRecord();
		while (record != null && record.valid() && record.raw().isEmpty() && record.cells().size() == 1) {
			record = readRecord();
		}
		return record;
	}

	private @Nullable CsvRecord readRecord() throws IOException {
		if (!fill()) {
			return null;
		}
		long start = line;
		rawBefore.setLength(0);
		rawFrom = position;
		problem = null;
		List<String> cells = new ArrayList<>(cellsPerRecord);
		int end;
		do {
			end = fill() && buffer[position] == '"' ? readQuoted(cells) : readUnquoted(cells);
		}
		while (end == ',');
		int rawEnd = end == -1 ? position : position - 1;
		String raw = rawBefore.isEmpty() ? new String(buffer, rawFrom, rawEnd - rawFrom)
				: rawBefore.append(buffer, rawFrom, rawEnd - rawFrom).toString();
		if (end == '\r' && fill() && buffer[position] == '\n') {
			position++;
		}
		if (end != -1) {
			line++;
		}
		cellsPerRecord = cells.size();
		return new CsvRecord(start, cells, raw, problem);
	}

	/** Reads a cell up to a comma or a line break, and returns that character (-1 at the end of the input). */
	private int readUnquoted(List<String> cells) throws IOException {
		cell.setLength(0);
		int from = position;
		while (true) {
			if (position == length) {
				cell.append(buffer, from, position - from);
				if (!fill()) {
					cells.add(cell.toString());
					return -1;
				}
				from = position;
			}
			char c = buffer[position];
			if (c == ',' || c == '\n' || c == '\r') {
				cells.add(cell.isEmpty() ? new String(buffer, from, position - from)
						: cell.append(buffer, from, position - from).toString());
				position++;
				return c;
			}
			if (c == '"') {
				problem("a double quote inside an unquoted field (cell " + (cells.size() + 1) + ")");
			}
			position++;
		}
	}

	/** Reads a cell that starts with a quote, then what ends it; returns as {@link #readUnquoted}. */
	private int readQuoted(List<String> cells) throws IOException {
		position++;
		cell.setLength(0);
		int from = position;
		while (true) {
			if (position == length) {
				cell.append(buffer, from, position - from);
				if (!fill()) {
					problem("a quoted field is not closed before the end of the file");
					cells.add(cell.toString());
					return -1;
				}
				if (rawBefore.length() > MAX_RECORD_CHARS) {
					// an unclosed quote must not swallow the rest of the file: the next line break ends the record
					problem("the record is longer than " + MAX_RECORD_CHARS + " characters");
					return readUnquoted(cells);
				}
				from = position;
			}
			char c = buffer[position];
			if (c == '"') {
				cell.append(buffer, from, position - from);
				position++;
				if (fill() && buffer[position] == '"') {
					cell.append('"');
					position++;
					from = position;
					continue;
				}
				return afterClosingQuote(cells);
			}
			if (c == '\n') {
				line++;
			}
			position++;
		}
	}

	private int afterClosingQuote(List<String> cells) throws IOException {
		cells.add(cell.toString());
		while (fill()) {
			char c = buffer[position++];
			if (c == ',' || c == '\n' || c == '\r') {
				return c;
			}
			problem("text after the closing quote of cell " + cells.size());
		}
		return -1;
	}

	private void problem(String first) {
		if (problem == null) {
			problem = first;
		}
	}

	/**
	 * Makes sure the buffer holds a character at {@code position}, keeping the current record's text read so far;
	 * false at the end of the input.
	 */
	private boolean fill() throws IOException {
		if (position < length) {
			return true;
		}
		rawBefore.append(buffer, rawFrom, length - rawFrom);
		position = 0;
		rawFrom = 0;
		length = Math.max(0, reader.read(buffer, 0, buffer.length));
		return length > 0;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
