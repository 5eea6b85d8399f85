package org.polnet.engines.mrz;

/** The Doc 9303 check digit: character values (0-9, A=10 … Z=35, &lt;=0) weighted 7, 3, 1, modulo 10. */
final class CheckDigits {

    private CheckDigits() {
    }

    static int compute(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += valueOf(data.charAt(i)) * MrzParameters.CHECK_DIGIT_WEIGHTS[i % MrzParameters.CHECK_DIGIT_WEIGHTS.length];
        }
        return sum % 10;
    }

    static char computeChar(CharSequence data) {
        return (char) ('0' + compute(data));
    }

    /** Characters outside the MRZ alphabet count as 0; they are reported as problems on their own. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }
}
