package org.polnet.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.polnet.identity.administration.DemoOfficers;
import org.polnet.identity.secondfactor.Totp;


/**
 * The passwords of the demo officers created in a test context's data directory (property polnet.data-dir), for tests that sign in as one
 * (e.g. browser tests): read from the credentials file the demo profile writes.
 */
public final class DemoPasswords {

	private DemoPasswords() {
	}

	/** The password of a demo officer such as {@code fra.officer}; fails when there is none. */
	public static String of(Path dataDir, String username) {
		Path file = dataDir.resolve(DemoOfficers.CREDENTIALS_FILE);
		try {
			return Files.readAllLines(file)
				.stream()
				.map(line -> line.split("\t"))
				.filter(fields -> fields.length >= 2 && fields[0].equals(username))
				.map(fields -> fields[1])
				.reduce((first, later) -> later)
				.orElseThrow(() -> new IllegalStateException("No demo officer " + username + " in " + file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The code an authenticator app shows now for the key printed on the enrolment page, offset by whole
	 * 30-second steps (each code is accepted once: a second sign-in within 30 seconds needs offset 1).
	 */
	public static String totpCode(String base32Key, int stepOffset) {
		byte[] secret = org.bouncycastle.util.encoders.Base32.decode(padded(base32Key.strip()));
		return Totp.code(secret, Totp.step(java.time.Instant.now()) + stepOffset);
	}

	static String padded(String base32) {
		return base32 + "=".repeat((8 - base32.length() % 8) % 8);
	}
}
