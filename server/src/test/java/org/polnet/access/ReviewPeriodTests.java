package org.polnet.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewPeriodTests {

	private static final LocalDate CREATED = LocalDate.of(2026, 11, 28);

	@Test
	void withoutAnOwnersDateTheRecordIsReviewedAtTheEndOfItsPeriod() {
		assertThat(ReviewPeriod.NOMINAL.reviewAt(CREATED, null)).isEqualTo(LocalDate.of(2031, 11, 28));
		assertThat(ReviewPeriod.DOCUMENT.reviewAt(CREATED, null)).isEqualTo(LocalDate.of(2036, 11, 28));
		assertThat(ReviewPeriod.UNKNOWN_BIOMETRIC.reviewAt(CREATED, null)).isEqualTo(LocalDate.of(2041, 11, 28));
	}

	@Test
	void theOwnerMayShortenThePeriod() {
		LocalDate sooner = LocalDate.of(2027, 6, 1);

		assertThat(ReviewPeriod.DOCUMENT.reviewAt(CREATED, sooner)).isEqualTo(sooner);
		assertThat(ReviewPeriod.NOMINAL.reviewAt(CREATED, LocalDate.of(2031, 11, 28)))
			.isEqualTo(LocalDate.of(2031, 11, 28));
	}

	@Test
	void theOwnerMayNotLengthenThePeriod() {
		assertThatThrownBy(() -> ReviewPeriod.NOMINAL.reviewAt(CREATED, LocalDate.of(2031, 11, 29)))
			.isInstanceOfSatisfying(InvalidReviewDateException.class, refused -> {
				assertThat(refused.latestAllowed()).isEqualTo(LocalDate.of(2031, 11, 28));
				assertThat(refused.requested()).isEqualTo(LocalDate.of(2031, 11, 29));
			})
			.hasMessageContaining("never lengthen");
	}

	@Test
	void aReviewDateBeforeTheRecordExistedIsRefused() {
		assertThatThrownBy(() -> ReviewPeriod.DOCUMENT.reviewAt(CREATED, CREATED.minusDays(1)))
			.isInstanceOf(InvalidReviewDateException.class);
	}

	@Test
	void aRecordCreatedOnALeapDayIsReviewedOnTheLastDayOfFebruary() {
		assertThat(ReviewPeriod.NOMINAL.reviewAt(LocalDate.of(2028, 2, 29), null)).isEqualTo(LocalDate.of(2033, 2, 28));
	}

	@Test
	void theCreationInstantCountsByItsDayInUtc() {
		assertThat(ReviewPeriod.DOCUMENT.reviewAt(Instant.parse("2026-11-28T23:30:00Z"), null))
			.isEqualTo(LocalDate.of(2036, 11, 28));
	}
}
