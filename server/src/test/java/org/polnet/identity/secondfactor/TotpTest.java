package org.polnet.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

	/** The SHA-1 seed of RFC 6238's appendix B. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void computesTheRfc6238TestVectors(long epochSeconds, String expected) {
		long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
		assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
		// six digits are the same number modulo 10^6
		assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
	}

	@Test
	void acceptsTheCodesOfTheStepBeforeAndAfterButNoFurther() {
		Instant now = Instant.ofEpochSecond(1_111_111_111);
		long current = Totp.step(now);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 1), now, Long.MIN_VALUE))
			.hasValue(current - 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current + 1), now, Long.MIN_VALUE))
			.hasValue(current + 1);
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 2), now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current + 2), now, Long.MIN_VALUE)).isEmpty();
	}

	@Test
	void refusesACodeOfAStepAlreadyUsed() {
		Instant now = Instant.ofEpochSecond(1_234_567_890);
		long current = Totp.step(now);
		String code = Totp.code(RFC_SECRET, current);
		assertThat(Totp.matchingStep(RFC_SECRET, code, now, current - 1)).hasValue(current);
		assertThat(Totp.matchingStep(RFC_SECRET, code, now, current)).isEmpty();
		// nor an older code once a newer one was used
		assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, current - 1), now, current)).isEmpty();
	}

	@Test
	void refusesMalformedCodes() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(RFC_SECRET, "", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "28708", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now, Long.MIN_VALUE)).isPresent();
	}

	@Test
	void writesTheOtpauthUriAuthenticatorAppsRead() {
		assertThat(Totp.uri("fra.officer", RFC_SECRET)).startsWith(
				"otpauth://totp/Polnet%3Afra.officer?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Polnet");
	}
}
