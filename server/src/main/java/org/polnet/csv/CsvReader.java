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
 * Kept rather than a library: it was faster than the libraries measured on the imports' hot path (see
 * docs/benchmarks.md), and none of them goes on after a malformed record.
 */
public final class CsvReader implements Closeable {

	private static final int MAX_RECORD_CHARS = 1 << 20;

	private static final int NOTHING = -2;

	private final Reader reader;

	// our own buffer: Reader.read() per character takes a lock each time, which costs more than the parsing
	private final char[] buffer = new char[65_536];

	private int position;

	private int length;

	private int pushedBack = NOTHING;

	private long line = 1;

	private boolean started;

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
			int first = read();
			if (first != '\uFEFF') {
				pushedBack = first;
			}
		}
		@Nullable CsvRecord record = readRecord();
		while (record != null && record.valid() && record.raw().isEmpty() && record.cells().size() == 1) {
			record = readRecord();
		}
		return record;
	}

	private int read() throws IOException {
		if (pushedBack != NOTHING) {
			int c = pushedBack;
			pushedBack = NOTHING;
			return c;
		}
		if (position == length) {
			length = reader.read(buffer, 0, buffer.length);
			position = 0;
			if (length <= 0) {
				length = 0;
				return -1;
			}
		}
		return buffer[position++];
	}

	private @Nullable CsvRecord readRecord() throws IOException {
		long start = line;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		StringBuilder raw = new StringBuilder();
		@Nullable String problem = null;
		boolean quoted = false;
		boolean inQuotes = false;
		boolean afterClosingQuote = false;
		int c = read();
		if (c == -1) {
			return null;
		}
		while (true) {
			if (c == -1) {
				if (inQuotes) {
					problem = "a quoted field is not closed before the end of the file";
				}
				break;
			}
			if (raw.length() > MAX_RECORD_CHARS) {
				problem = "the record is longer than " + MAX_RECORD_CHARS + " characters";
				inQuotes = false;
			}
			if (inQuotes) {
				if (c == '"') {
					int next = read();
					if (next == '"') {
						cell.append('"');
						raw.append("\"\"");
					}
					else {
						inQuotes = false;
						afterClosingQuote = true;
						raw.append('"');
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append((char) c);
					raw.append((char) c);
				}
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
				quoted = false;
				afterClosingQuote = false;
				raw.append(',');
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r') {
					int next = read();
					if (next != '\n') {
						pushedBack = next;
					}
				}
				line++;
				break;
			}
			else if (c == '"') {
				raw.append('"');
				if (cell.isEmpty() && !quoted) {
					quoted = true;
					inQuotes = true;
				}
				else if (problem == null) {
					problem = "a double quote inside an unquoted field (cell " + (cells.size() + 1) + ")";
				}
			}
			else {
				if (afterClosingQuote && problem == null) {
					problem = "text after the closing quote of cell " + (cells.size() + 1);
				}
				cell.append((char) c);
				raw.append((char) c);
			}
			c = read();
		}
		cells.add(cell.toString());
		return new CsvRecord(start, cells, raw, problem);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
