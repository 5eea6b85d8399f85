package org.polnet.members;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names and queries to a form where what an officer types finds what the data writes: no case, no
 * accents or Arabic vowel marks, one form of Arabic letters typed in several ways, and no spaces or
 * punctuation, so "cote d ivoire", "Côte d'Ivoire" and "côte d’ivoire" are one text.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	static String fold(String text) {
		// compatibility decomposition splits é into e + accent and أ into ا + hamza; the marks then go
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT)
			.replace('ة', 'ه') // ta marbuta is often typed as ha
			.replace('ى', 'ي') // alif maqsura as ya
			.replace("ـ", "") // tatweel only stretches a word
			.replace("ß", "ss");
		return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
	}
}
