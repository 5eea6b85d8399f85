package org.polnet.engines.vin;

import static org.polnet.engines.vin.Parameters.ALPHABET;
import static org.polnet.engines.vin.Parameters.CHECK_DIGIT_MODULUS;
import static org.polnet.engines.vin.Parameters.CHECK_DIGIT_TEN;
import static org.polnet.engines.vin.Parameters.CHECK_DIGIT_WEIGHTS;
import static org.polnet.engines.vin.Parameters.LENGTH;
import static org.polnet.engines.vin.Parameters.TRANSLITERATED_LETTERS;
import static org.polnet.engines.vin.Parameters.TRANSLITERATED_VALUES;

/** Which characters a VIN may hold, and the check digit computed from them. */
final class VinAlphabet {

    private VinAlphabet() {
    }

    static boolean isAllowed(int codePoint) {
        return codePoint < 128 && ALPHABET.indexOf(codePoint) >= 0;
    }

    /**
     * The check digit for 17 allowed characters; position 9 itself does not count (its weight is 0).
     *
     * @throws IllegalArgumentException if {@code vin} is not 17 allowed characters
     */
    static char checkDigit(CharSequence vin) {
        if (vin.length() != LENGTH) {
            throw new IllegalArgumentException("a VIN has " + LENGTH + " characters, not " + vin.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += transliterate(vin.charAt(i)) * CHECK_DIGIT_WEIGHTS[i];
        }
        int remainder = sum % CHECK_DIGIT_MODULUS;
        return remainder == 10 ? CHECK_DIGIT_TEN : (char) ('0' + remainder);
    }

    static boolean canBeCheckDigit(char c) {
        return c >= '0' && c <= '9' || c == CHECK_DIGIT_TEN;
    }

    private static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int letter = TRANSLITERATED_LETTERS.indexOf(c);
        if (letter < 0) {
            throw new IllegalArgumentException("'" + c + "' is not allowed in a VIN");
        }
        return TRANSLITERATED_VALUES.charAt(letter) - '0';
    }
}
