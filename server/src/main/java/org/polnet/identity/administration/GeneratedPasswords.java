package org.polnet.identity.administration;

import java.security.SecureRandom;

/** Passwords Polnet makes up and shows once: four groups of five, about 117 bits, easy to type from a console. */
final class GeneratedPasswords {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private GeneratedPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				password.append('-');
			}
			for (int i = 0; i < 5; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return password.toString();
	}
}
