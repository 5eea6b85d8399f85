package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polnet.imports.ImportTarget.RowProblem;

class RowFieldsDateTests {

	@Test
	void readsEveryDayOfFourYearsAsLocalDateParseDoes() {
		for (LocalDate day = LocalDate.of(1999, 12, 1); day.isBefore(LocalDate.of(2004, 3, 2)); day = day.plusDays(1)) {
			assertThat(RowFields.isoDate(day.toString())).isEqualTo(day);
		}
	}

	@Test
	void refusesWhatLocalDateParseRefuses() {
		for (String wrong : new String[] { "2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01",
				"20260101", "2026-01-0x", "31/02/2026", "2026-01-01T00:00", " 2026-01-01", "２０２６-01-01" }) {
			assertThatThrownBy(() -> LocalDate.parse(wrong)).as(wrong).isInstanceOf(DateTimeException.class);
			assertThatThrownBy(() -> RowFields.isoDate(wrong)).as(wrong).isInstanceOf(DateTimeException.class);
		}
	}

	@Test
	void aWrongDateIsARowProblemNamingTheField() {
		List<RowProblem> problems = new ArrayList<>();
		RowFields row = new RowFields(Map.of("issued_on", "2026-02-30"), problems);
		assertThat(row.date("issued_on")).isNull();
		assertThat(problems).containsExactly(new RowProblem("issued_on", "Not a date (YYYY-MM-DD): 2026-02-30"));
	}
}
