package org.polnet.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.csv.CsvReader;
import org.polnet.csv.CsvRecord;
import org.polnet.imports.ImportTarget.RowProblem;

/**
 * The rows of a CSV upload: the first record names the columns (any case), every other one is a row. A malformed
 * record (stray quote, wrong number of cells) is returned with its problem so that it is rejected alone and reading
 * goes on with the next line.
 */
final class CsvRows implements RowReader {

	private final CsvReader csv;

	private final List<String> header;

	private CsvRows(CsvReader csv) throws IOException {
		this.csv = csv;
		@Nullable CsvRecord first = csv.next();
		if (first == null || !first.valid()) {
			throw new IllegalArgumentException(first == null ? "The file is empty: a CSV file starts with a header row"
					: "The header row is not valid CSV: " + first.problem());
		}
		List<String> names = new ArrayList<>();
		for (String name : first.cells()) {
			names.add(name.strip().toLowerCase(Locale.ROOT));
		}
		this.header = List.copyOf(names);
	}

	/** Reads the header row; an unreadable header is an {@link IllegalArgumentException}. */
	static CsvRows open(Reader reader) throws IOException {
		return new CsvRows(CsvReader.of(reader));
	}

	List<String> header() {
		return header;
	}

	@Override
	public @Nullable SourceRow next() throws IOException {
		@Nullable CsvRecord record = csv.next();
		if (record == null) {
			return null;
		}
		String raw = SourceRow.truncate(record.raw());
		if (!record.valid()) {
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

	@Override
	public void close() throws IOException {
		csv.close();
	}
}
