package org.polnet.web;

/**
 * The one rule for text coming in: PostgreSQL refuses the NUL character in {@code text}, and half of a surrogate
 * pair is no character at all (it would be stored as {@code ?}). Such input is refused where it enters (request
 * parameters, JSON bodies), with a 400, instead of failing later in a statement with a 500.
 */
final class StorableText {

	static final String RULE = "must not contain the NUL character or half of a surrogate pair";

	static boolean isStorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < Character.MIN_SURROGATE) {
				continue; // nearly every character of every request
			}
			if (c == 0) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private StorableText() {
	}
}
