package org.polnet.engines.mrz;

import java.util.Locale;

/** Document numbers in the form used for matching. Stateless, thread-safe. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /**
     * The matching form of a document number, typed or read from an MRZ: upper case, without
     * white space, dashes (hyphen, non-breaking hyphen, en and em dash, minus) or the MRZ filler
     * {@code <}. {@code " l898-902 c3 "} and {@code "L898902C3<"} both give {@code "L898902C3"}.
     * Nothing else is changed: no OCR confusions are fixed and no letters transliterated.
     * Cost: linear in the length.
     */
    public static String normalise(String documentNumber) {
        if (isNormalised(documentNumber)) {
            return documentNumber; // nearly every number checked or loaded: no copy (FIND and bulk loads call this)
        }
        StringBuilder kept = new StringBuilder(documentNumber.length());
        documentNumber.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isDash(c) && c != MrzParameters.FILLER)
                .forEach(kept::appendCodePoint);
        return kept.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isNormalised(String documentNumber) {
        for (int i = 0; i < documentNumber.length(); i++) {
            char c = documentNumber.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDash(int c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212';
    }
}
