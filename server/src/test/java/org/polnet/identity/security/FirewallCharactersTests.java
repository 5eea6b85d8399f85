package org.polnet.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class FirewallCharactersTests {

	// Spring Security's StrictHttpFirewall rules, as it writes them
	private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

	private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

	@Test
	void allowsExactlyWhatTheFirewallsRegularExpressionsAllowOnEveryCodePoint() {
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
				continue; // a lone surrogate half is checked below
			}
			String text = "a" + Character.toString(codePoint) + "b";
			assertThat(FirewallCharacters.assignedAndNotControl(text)).as("U+%04X in a name", codePoint)
				.isEqualTo(NAMES.matcher(text).matches());
			assertThat(FirewallCharacters.assignedAndNotControlOrTab(text)).as("U+%04X in a value", codePoint)
				.isEqualTo(VALUES.matcher(text).matches());
		}
	}

	@Test
	void treatsLoneSurrogatesAndCommonHeadersLikeTheRegularExpressions() {
		for (String text : new String[] { "", "Bearer pnt_abc-DEF_123", "application/json; charset=UTF-8",
				"a\tb", "line\r\nbreak", "nul\u0000", "del\u007f", "\ud83d", "x\udc00y", "\ud83d\ude00 ok",
				"\u00e9t\u00e9", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629" }) {
			assertThat(FirewallCharacters.assignedAndNotControl(text)).as(text).isEqualTo(NAMES.matcher(text).matches());
			assertThat(FirewallCharacters.assignedAndNotControlOrTab(text)).as(text)
				.isEqualTo(VALUES.matcher(text).matches());
		}
	}
}
