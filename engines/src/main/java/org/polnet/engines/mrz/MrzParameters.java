package org.polnet.engines.mrz;

import java.util.Map;

/** Every constant of the MRZ engine in one place: Doc 9303 constants and the tolerant mode's tables. */
final class MrzParameters {

    private MrzParameters() {
    }

    /** Doc 9303 part 3, 4.9: the weights of the check digit, repeated over the data. */
    static final int[] CHECK_DIGIT_WEIGHTS = {7, 3, 1};

    /** The filler character. */
    static final char FILLER = '<';

    /** A date of expiry lies at most this many years after today's year (and less before it). */
    static final int EXPIRY_YEARS_AHEAD = 50;

    /** A two-line MRZ longer than this is read as 44 characters wide (TD3, MRV-A), else 36. */
    static final int WIDE_LINE_THRESHOLD = 40;

    /** Tolerant mode: letters OCR engines read where the MRZ has a digit. */
    static final Map<Character, Character> LETTER_READ_FOR_DIGIT = Map.of(
            'O', '0', 'I', '1', 'B', '8', 'S', '5', 'Z', '2', 'G', '6', 'D', '0', 'Q', '0');

    /** Tolerant mode: digits OCR engines read where the MRZ has a letter. */
    static final Map<Character, Character> DIGIT_READ_FOR_LETTER = Map.of(
            '0', 'O', '1', 'I', '8', 'B', '5', 'S', '2', 'Z', '6', 'G');

    /**
     * Tolerant mode, letters-and-digits fields: the characters a character may have been
     * confused with. A candidate is accepted only when the check digit confirms it.
     */
    static final Map<Character, String> ALPHANUMERIC_CONFUSIONS = Map.ofEntries(
            Map.entry('O', "0"), Map.entry('I', "1"), Map.entry('B', "8"), Map.entry('S', "5"),
            Map.entry('Z', "2"), Map.entry('G', "6"), Map.entry('D', "0"), Map.entry('Q', "0"),
            Map.entry('0', "ODQ"), Map.entry('1', "I"), Map.entry('8', "B"), Map.entry('5', "S"),
            Map.entry('2', "Z"), Map.entry('6', "G"));
}
