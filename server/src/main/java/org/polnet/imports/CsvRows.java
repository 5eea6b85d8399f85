package org.polnet.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.imports.ImportTarget.RowProblem;

/**
 * RFC 4180 CSV with a header row: comma separated, fields optionally in double quotes (a quote inside doubled),
 * line breaks inside quoted fields, CRLF or LF. A malformed record (stray quote, wrong number of cells) is returned
 * with its problem so that it is rejected alone and reading goes on with the next line. Blank lines are skipped.
 */
final class CsvRows implements RowReader {

	private static final int MAX_RECORD_CHARS = 1 << 20;

	private final Reader reader;

	private final List<String> header;

	private long line = 1;

	private int pushedBack = -2;

	// our own buffer: Reader.read() per character takes a lock each time, which costs more than the parsing
	private final char[] buffer = new char[65_536];

	private int position;

	private int length;

	private CsvRows(Reader reader) throws IOException {
		this.reader = reader;
		@Nullable Record first = readRecord();
		while (first != null && first.blank()) {
			first = readRecord();
		}
		if (first == null || first.problem() != null) {
			throw new IllegalArgumentException(first == null ? "The file is empty: a CSV file starts with a header row"
					: "The header row is not valid CSV: " + first.problem());
		}
		List<String> names = new ArrayList<>();
		for (String name : first.cells()) {
			names.add(name.strip().toLowerCase(java.util.Locale.ROOT));
		}
		this.header = List.copyOf(names);
	}

	/** Reads the header row; an unreadable header is an {@link IllegalArgumentException}. */
	static CsvRows open(Reader reader) throws IOException {
		return new CsvRows(reader);
	}

	List<String> header() {
		return header;
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		@Nullable Record record = readRecord();
		while (record != null && record.blank()) {
			record = readRecord();
		}
		if (record == null) {
			return null;
		}
		String raw = SourceRow.truncate(record.raw());
		if (record.problem() != null) {
			return new SourceRow(record.line(), Map.of(), raw, new RowProblem(null, record.problem()));
		}
		if (record.cells().size() != header.size()) {
			return new SourceRow(record.line(), Map.of(), raw, new RowProblem(null,
					"expected " + header.size() + " cells as in the header, found " + record.cells().size()));
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			fields.put(header.get(i), record.cells().get(i));
		}
		return new SourceRow(record.line(), fields, raw, null);
	}

	private record Record(long line, List<String> cells, StringBuilder raw, @Nullable String problem) {

		boolean blank() {
			return problem == null && cells.size() == 1 && cells.get(0).isEmpty() && raw.isEmpty();
		}
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
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

	private @Nullable Record readRecord() throws IOException {
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
		return new Record(start, cells, raw, problem);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}
}
