package org.polnet.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaks() {
		assertThat(Csv.line(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, "é ش")))
			.isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,é ش\r\n");
	}

	@Test
	void defusesSpreadsheetFormulas() {
		assertThat(Csv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}
}
