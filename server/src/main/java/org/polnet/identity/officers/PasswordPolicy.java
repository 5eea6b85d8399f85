package org.polnet.identity.officers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, after NIST SP 800-63B: long enough, not a commonly used one, not built
 * on the username or the system's name. No composition rules: they make passwords harder to remember, not
 * harder to guess.
 */
@Component
public class PasswordPolicy {

	static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_LENGTH = 128;

	/** Words an attacker tries first against this system in particular. */
	private static final List<String> SYSTEM_WORDS = List.of("polnet", "interpol", "password", "motdepasse",
			"contrasena", "ncb");

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load("identity/common-passwords.txt");
	}

	/** The reasons (message keys) the password is refused; empty when it is acceptable. */
	public List<String> problems(String username, String password) {
		List<String> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			problems.add("identity.password.tooShort");
		}
		if (length > MAXIMUM_LENGTH) {
			problems.add("identity.password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+|[\\d\\p{Punct}\\s]+$", "");
		String user = username.toLowerCase(Locale.ROOT).strip();
		if (user.length() >= 3 && (lower.contains(user) || lower.contains(user.replaceAll("[._-]", "")))) {
			problems.add("identity.password.containsUsername");
		}
		else if (common.contains(lower) || common.contains(core) || isSystemWordVariant(core)
				|| isRepetition(lower)) {
			problems.add("identity.password.common");
		}
		return problems;
	}

	private static boolean isSystemWordVariant(String core) {
		String plain = core.replace('0', 'o').replace('1', 'l').replace('3', 'e').replace('@', 'a').replace('$', 's');
		String letters = plain.replaceAll("[^\\p{L}]", "");
		return SYSTEM_WORDS.stream().anyMatch(word -> letters.equals(word) || letters.equals(word + word));
	}

	/** Runs along the keyboard, the alphabet or the digits ("qwertyuiopas", "abcdefghijkl", "234567890123"). */
	private static final List<String> SEQUENCES = List.of("qwertyuiopasdfghjklzxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
			"abcdefghijklmnopqrstuvwxyz", "01234567890123456789", "09876543210987654321");

	/** "aaaaaaaaaaaa", "trustno1trustno1", keyboard runs: patterns guessed as early as common passwords. */
	private static boolean isRepetition(String password) {
		for (int size = 1; size <= password.length() / 2; size++) {
			if (password.length() % size == 0
					&& password.substring(0, size).repeat(password.length() / size).equals(password)) {
				return true;
			}
		}
		return SEQUENCES.stream().anyMatch(sequence -> sequence.contains(password));
	}

	private static Set<String> load(String resource) {
		Set<String> passwords = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(passwords::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The list of common passwords is missing", e);
		}
		return passwords;
	}
}
