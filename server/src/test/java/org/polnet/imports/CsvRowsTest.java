package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndCountsPhysicalLines() throws IOException {
		List<SourceRow> rows = rows("A,B\r\n\"1,5\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,row");
		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 5L);
		assertThat(rows).extracting(SourceRow::fields)
			.containsExactly(Map.of("a", "1,5", "b", "say \"hi\""), Map.of("a", "two\nlines", "b", "x"),
					Map.of("a", "last", "b", "row"));
	}

	@Test
	void aMalformedRecordIsReportedAloneAndReadingGoesOn() throws IOException {
		List<SourceRow> rows = rows("a,b\n1,2\n3,x\"y\n4\n\"5\"z,6\n7,8\n");
		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L, 5L, 6L);
		assertThat(rows.get(0).problem()).isNull();
		assertThat(rows.get(1).problem().reason()).contains("double quote inside an unquoted field");
		assertThat(rows.get(2).problem().reason()).isEqualTo("expected 2 cells as in the header, found 1");
		assertThat(rows.get(3).problem().reason()).contains("text after the closing quote");
		assertThat(rows.get(4).fields()).isEqualTo(Map.of("a", "7", "b", "8"));
	}

	@Test
	void blankLinesAreSkippedAndAnUnclosedQuoteAtTheEndIsRejected() throws IOException {
		List<SourceRow> rows = rows("a\n\n1\n\n\"2\n");
		assertThat(rows).extracting(SourceRow::line).containsExactly(3L, 5L);
		assertThat(rows.get(1).problem().reason()).contains("not closed");
	}

	@Test
	void anEmptyFileHasNoHeader() {
		assertThatIllegalArgumentException().isThrownBy(() -> rows("\n\n")).withMessageContaining("header");
	}

	private static List<SourceRow> rows(String csv) throws IOException {
		List<SourceRow> rows = new ArrayList<>();
		try (CsvRows reader = CsvRows.open(new StringReader(csv))) {
			for (SourceRow row; (row = reader.next()) != null;) {
				rows.add(row);
			}
		}
		return rows;
	}
}
