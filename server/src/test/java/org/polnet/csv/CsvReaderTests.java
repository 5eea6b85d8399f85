package org.polnet.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

	@Test
	void readsQuotesLineBreaksAndDoubledQuotes() {
		List<Map<String, String>> rows = CsvReader.readAll("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\nplain,\n");
		assertThat(rows).containsExactly(Map.of("a", "x, \"y\"", "b", "two\nlines"), Map.of("a", "plain", "b", ""));
	}

	@Test
	void skipsALeadingByteOrderMarkAndBlankLines() throws IOException {
		assertThat(CsvReader.readAll("\uFEFFiso3,name\n\nFRA,France\n\n")).containsExactly(
				Map.of("iso3", "FRA", "name", "France"));
		assertThat(records("\uFEFF\"a\"\n")).extracting(CsvRecord::cells).containsExactly(List.of("a"));
	}

	@Test
	void readAllRefusesARowWithTheWrongNumberOfFieldsOrAMalformedOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.readAll("a,b\n1,2,3\n"))
			.withMessage("Line 2 has 3 fields, the header 2");
		assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.readAll("a,b\n1,\"2\n"))
			.withMessage("Line 2: a quoted field is not closed before the end of the file");
	}

	@Test
	void aMalformedRecordComesBackWithItsProblemAndItsTextAndReadingGoesOn() throws IOException {
		List<CsvRecord> records = records("1,x\"y\n\"5\"z,6\r\n7,8");
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
		assertThat(records.get(0).problem()).isEqualTo("a double quote inside an unquoted field (cell 2)");
		assertThat(records.get(1).problem()).isEqualTo("text after the closing quote of cell 1");
		assertThat(records.get(1).raw().toString()).isEqualTo("\"5\"z,6");
		assertThat(records.get(2).valid()).isTrue();
		assertThat(records.get(2).cells()).containsExactly("7", "8");
	}

	@Test
	void readsTheSameWhereverTheInputIsCutIntoPieces() throws IOException {
		String text = "\uFEFFa,b\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\r\nplain,\r\n\r\n1,x\"y\n\"5\"z,6\r\"7\"";
		List<CsvRecord> whole = records(new StringReader(text));
		for (int piece = 1; piece <= 4; piece++) {
			assertThat(records(new PiecesReader(text, piece))).as("read %d characters at a time", piece)
				.isEqualTo(whole);
		}
		assertThat(whole).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 6L, 7L, 8L);
		assertThat(whole.get(1).cells()).containsExactly("x, \"y\"", "two\r\nlines");
		assertThat(whole.get(5).cells()).containsExactly("7");
	}

	@Test
	void anUnclosedQuoteDoesNotSwallowTheRestOfTheFile() throws IOException {
		String text = "\"" + "x".repeat(1 << 21) + "\nnext,line\n";
		List<CsvRecord> records = records(text);
		assertThat(records.getFirst().problem()).startsWith("the record is longer than");
		assertThat(records.getLast().cells()).containsExactly("next", "line");
	}

	private static List<CsvRecord> records(String text) throws IOException {
		return records(new StringReader(text));
	}

	private static List<CsvRecord> records(Reader text) throws IOException {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvReader csv = CsvReader.of(text)) {
			for (CsvRecord record; (record = csv.next()) != null;) {
				records.add(record);
			}
		}
		return records;
	}

	/** Hands out a few characters per read, as a network stream may. */
	private static final class PiecesReader extends Reader {

		private final String text;

		private final int piece;

		private int position;

		PiecesReader(String text, int piece) {
			this.text = text;
			this.piece = piece;
		}

		@Override
		public int read(char[] into, int offset, int length) {
			if (position == text.length()) {
				return -1;
			}
			int n = Math.min(Math.min(piece, length), text.length() - position);
			text.getChars(position, position + n, into, offset);
			position += n;
			return n;
		}

		@Override
		public void close() {
		}
	}
}
