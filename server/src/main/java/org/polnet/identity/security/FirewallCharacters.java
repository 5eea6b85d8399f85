package org.polnet.identity.security;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} allows in header names and values and in parameter
 * names (Unicode assigned, no control characters; a tab too in header values), checked with a loop instead of its
 * regular expressions. The same rule ({@code FirewallCharactersTests} compares both on every code point), but the
 * regular expressions run on every header read and were a twentieth of an API call's CPU (docs/benchmarks.md).
 */
final class FirewallCharacters {

	/** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: for header names and parameter names. */
	static boolean assignedAndNotControl(String text) {
		return allowed(text, false);
	}

	/** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: for header values. */
	static boolean assignedAndNotControlOrTab(String text) {
		return allowed(text, true);
	}

	private static boolean allowed(String text, boolean tab) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0x7f) {
				continue; // printable ASCII: nearly every character of every header
			}
			int codePoint = text.codePointAt(i);
			boolean allowed = Character.isDefined(codePoint) && !Character.isISOControl(codePoint)
					|| tab && codePoint == '\t';
			if (!allowed) {
				return false;
			}
			i += Character.charCount(codePoint) - 1;
		}
		return true;
	}

	private FirewallCharacters() {
	}
}
