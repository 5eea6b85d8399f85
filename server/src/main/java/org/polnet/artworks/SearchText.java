package org.polnet.artworks;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes text comparable for the full-text search: accents removed (Café → cafe), lower case, punctuation as spaces.
 * Done in Java rather than with PostgreSQL's {@code unaccent} extension, which a PostgreSQL installation may lack;
 * the same function prepares the stored words and the searched ones, so they always agree.
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private SearchText() {
	}

	static String normalise(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String plain = MARKS.matcher(decomposed).replaceAll("")
			.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
			.replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l");
		return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}
}
