package org.polnet.members;

import java.util.Locale;

/** A name in the four working languages. */
public record LocalizedName(String en, String fr, String es, String ar) {

	public LocalizedName {
		if (en.isBlank() || fr.isBlank() || es.isBlank() || ar.isBlank()) {
			throw new IllegalArgumentException("A name is needed in English, French, Spanish and Arabic: " + en);
		}
	}

	/** The name in the locale's language, in English for any other language. */
	public String in(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> fr;
			case "es" -> es;
			case "ar" -> ar;
			default -> en;
		};
	}
}
