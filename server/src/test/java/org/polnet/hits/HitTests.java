package org.polnet.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The rules of one hit's answers, without a database. */
class HitTests {

	private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

	private final Hit open = new Hit(1, "SLTD", "SLTD-1", "Passport, stolen", "", "NCB-FRA", "NCB-JPN", "border", true,
			null, "Border control", now, "CHECK-1", now, null, null);

	@Test
	void staysOpenUntilBothSidesAnswered() {
		assertThat(open.status()).isEqualTo(HitStatus.OPEN);
		assertThat(open.confirmByOwner("fra.officer", null, now).status()).isEqualTo(HitStatus.OPEN);
		assertThat(open.rejectByChecker("jpn.officer", "not him", now).status()).isEqualTo(HitStatus.OPEN);
	}

	@Test
	void isConfirmedWhenBothSidesConfirm() {
		Hit answered = open.confirmByOwner("fra.officer", "same passport", now).confirmByChecker("jpn.officer", null, now);
		assertThat(answered.status()).isEqualTo(HitStatus.CONFIRMED);
		assertThat(answered.ownerAnswer().note()).isEqualTo("same passport");
	}

	@Test
	void isRejectedWhenEitherSideRejects() {
		assertThat(open.rejectByOwner("fra.officer", null, now).confirmByChecker("jpn.officer", null, now).status())
			.isEqualTo(HitStatus.REJECTED);
		assertThat(open.confirmByOwner("fra.officer", null, now).rejectByChecker("jpn.officer", null, now).status())
			.isEqualTo(HitStatus.REJECTED);
	}

	@Test
	void eachSideAnswersOnce() {
		Hit confirmed = open.confirmByOwner("fra.officer", null, now);
		assertThatThrownBy(() -> confirmed.rejectByOwner("fra.admin", null, now)).isInstanceOf(Hit.AlreadyAnswered.class);
	}

	@Test
	void knowsTheSideOfEachParty() {
		assertThat(open.sideOf("NCB-FRA")).contains(Side.OWNER);
		assertThat(open.sideOf("NCB-JPN")).contains(Side.CHECKER);
		assertThat(open.sideOf("NCB-KEN")).isEmpty();
	}
}
