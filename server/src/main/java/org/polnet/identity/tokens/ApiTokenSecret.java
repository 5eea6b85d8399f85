package org.polnet.identity.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@code pnt_} and 256 random bits in base64url (43 characters). Only its SHA-256
 * is stored; a plain hash suffices (no slow password hash) because the secret is random, not chosen by a person.
 */
public record ApiTokenSecret(String value) {

	static final String MARKER = "pnt_";

	/** Characters shown in lists to recognise a token: the marker and 8 characters (48 of the 256 bits). */
	static final int PREFIX_LENGTH = MARKER.length() + 8;

	private static final Pattern SHAPE = Pattern.compile("pnt_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public ApiTokenSecret {
		if (!looksLikeToken(value)) {
			throw new IllegalArgumentException("Not an API token");
		}
	}

	public static ApiTokenSecret generate() {
		byte[] bits = new byte[32];
		RANDOM.nextBytes(bits);
		return new ApiTokenSecret(MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
	}

	/** Cheap check before any lookup, so garbage never reaches the database. */
	static boolean looksLikeToken(String candidate) {
		return SHAPE.matcher(candidate).matches();
	}

	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	byte[] hash() {
		return hash(value);
	}

	/** Not secret: shown in lists and audit entries. */
	String prefix() {
		return value.substring(0, PREFIX_LENGTH);
	}

	/** Never print the secret by accident (logs, exceptions, debuggers showing toString). */
	@Override
	public String toString() {
		return prefix() + "…";
	}
}
