package org.polnet.web;

import java.util.Arrays;
import java.util.Locale;

/** The four working languages of Polnet's pages. */
public enum Language {

	ENGLISH("en", "English", false), FRENCH("fr", "Français", false), SPANISH("es", "Español", false),
	ARABIC("ar", "العربية", true);

	private final String code;

	private final String nativeName;

	private final boolean rightToLeft;

	Language(String code, String nativeName, boolean rightToLeft) {
		this.code = code;
		this.nativeName = nativeName;
		this.rightToLeft = rightToLeft;
	}

	public String code() {
		return code;
	}

	public String nativeName() {
		return nativeName;
	}

	public boolean rightToLeft() {
		return rightToLeft;
	}

	public Locale locale() {
		return Locale.of(code);
	}

	/** The language of a locale, English when it is none of ours. */
	public static Language of(Locale locale) {
		return Arrays.stream(values())
			.filter(language -> language.code.equals(locale.getLanguage()))
			.findFirst()
			.orElse(ENGLISH);
	}
}
