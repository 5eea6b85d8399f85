package org.polnet.searchtext;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text and queries alike: no case, no accents or Arabic vowel marks, one form for letters typed in several
 * ways (ß and ss, æ and ae, Arabic ta marbuta and ha, alif maqsura and ya, the hamza on an alif), punctuation
 * between words only a separator. Done in Java rather than with PostgreSQL's {@code unaccent} extension, which an
 * installation may lack; the same function prepares the stored text and the searched one, so they always agree.
 */
public final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	/** The folded words, separated by one space: "Église de Saint-Rémy" → "eglise de saint remy". */
	public static String words(String text) {
		return NOT_LETTER_OR_DIGIT.matcher(letters(text)).replaceAll(" ").strip();
	}

	/**
	 * The folded letters and digits alone, for names that people type with or without spaces and apostrophes:
	 * "Côte d’Ivoire", "cote d ivoire" and "COTEDIVOIRE" → "cotedivoire".
	 */
	public static String joined(String text) {
		return NOT_LETTER_OR_DIGIT.matcher(letters(text)).replaceAll("");
	}

	private static String letters(String text) {
		// compatibility decomposition splits é into e + accent and أ into ا + hamza, and lower case can add marks
		// (İ → i + dot above): the marks go after both
		String lower = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
		return MARKS.matcher(lower)
			.replaceAll("")
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace('ø', 'o')
			.replace('ł', 'l')
			.replace('ة', 'ه') // ta marbuta is often typed as ha
			.replace('ى', 'ي') // alif maqsura as ya
			.replace("ـ", ""); // tatweel only stretches a word
	}
}
