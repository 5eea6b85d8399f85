package org.polnet.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvWriterTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		assertThat(CsvWriter.FOR_SPREADSHEETS
			.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, "é ش")))
			.isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,é ش\r\n");
	}

	@Test
	void defusesSpreadsheetFormulas() {
		assertThat(CsvWriter.FOR_SPREADSHEETS.field("=HYPERLINK(\"http://evil\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(CsvWriter.FOR_SPREADSHEETS.field("+1")).isEqualTo("'+1");
		assertThat(CsvWriter.FOR_SPREADSHEETS.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvWriter.FOR_SPREADSHEETS.field("-2")).isEqualTo("'-2");
	}

	@Test
	void aReportQuotingEveryValueStillDefusesFormulas() {
		assertThat(CsvWriter.FOR_SPREADSHEETS.quotingEveryValue().line(Arrays.asList(null, "", "=1+1", "plain")))
			.isEqualTo(",\"\",\"'=1+1\",\"plain\"\r\n");
	}

	@Test
	void forCopyAnEmptyTextDiffersFromNullAndValuesStayAsTheyAre() {
		assertThat(CsvWriter.FOR_COPY
			.line(Arrays.asList("", null, "=1+1", "say \"hi\"", LocalDate.of(2026, 1, 2), "\\.")))
			.isEqualTo("\"\",,\"=1+1\",\"say \"\"hi\"\"\",\"2026-01-02\",\"\\.\"\n");
	}

	@Test
	void whatIsWrittenReadsBackTheSame() throws Exception {
		var values = Arrays.asList("a,b", "say \"hi\"", "two\r\nlines", "");
		try (CsvReader csv = CsvReader.of(new java.io.StringReader(CsvWriter.FOR_COPY.line(values)))) {
			assertThat(csv.next().cells()).containsExactlyElementsOf(values);
		}
	}
}
