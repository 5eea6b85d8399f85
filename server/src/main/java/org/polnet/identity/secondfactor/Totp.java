package org.polnet.identity.secondfactor;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.util.encoders.Base32;

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA-1, 30-second steps, 6 digits, what every authenticator
 * app understands. Codes of the previous and the next step are accepted too (clocks drift), but only steps
 * after the last one used, so a code cannot be replayed.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	static final int DIGITS = 6;

	/** Steps accepted either side of the current one. */
	static final int TOLERANCE = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new 160-bit secret (the size RFC 4226 recommends for SHA-1). */
	public static byte[] newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return secret;
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	public static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS);
	}

	/** RFC 4226's HOTP of the step number, with dynamic truncation. */
	static String code(byte[] secret, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
		}
	}

	/**
	 * The step whose code matches, within the tolerance around {@code now} and after {@code lastUsedStep};
	 * empty when the code is wrong, too old, or already used.
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
		String typed = code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			if (step > lastUsedStep && constantTimeEquals(code(secret, step), typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String base32(byte[] secret) {
		return new String(Base32.encode(secret), StandardCharsets.US_ASCII).replace("=", "");
	}

	/** The URI authenticator apps read from the QR code (Google's Key Uri Format). */
	static String uri(String username, byte[] secret) {
		String label = URLEncoder.encode("Polnet:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=Polnet&algorithm=SHA1&digits="
				+ DIGITS + "&period=" + STEP_SECONDS;
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
				b.getBytes(StandardCharsets.US_ASCII));
	}
}
