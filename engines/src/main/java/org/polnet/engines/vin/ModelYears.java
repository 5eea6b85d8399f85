package org.polnet.engines.vin;

import static org.polnet.engines.vin.Parameters.FIRST_MODEL_YEAR;
import static org.polnet.engines.vin.Parameters.LAST_MODEL_YEAR;
import static org.polnet.engines.vin.Parameters.MODEL_YEAR_CODES;
import static org.polnet.engines.vin.Parameters.POSITION_7_LETTER_FROM;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The model year code of position 10: one code every 30 years, so each code stands for several years. */
final class ModelYears {

    private ModelYears() {
    }

    private static final int CYCLE = MODEL_YEAR_CODES.length();

    static boolean isCode(char code) {
        return MODEL_YEAR_CODES.indexOf(code) >= 0;
    }

    /**
     * Every year the code stands for, from {@link Parameters#FIRST_MODEL_YEAR} to {@link Parameters#LAST_MODEL_YEAR}.
     */
    static List<Integer> candidates(char code) {
        int offset = MODEL_YEAR_CODES.indexOf(code);
        var years = new ArrayList<Integer>();
        if (offset >= 0) {
            for (int year = FIRST_MODEL_YEAR + offset; year <= LAST_MODEL_YEAR; year += CYCLE) {
                years.add(year);
            }
        }
        return List.copyOf(years);
    }

    /**
     * The year the North American position 7 rule picks: a letter at position 7 means 2010 or later, a digit
     * before 2010. Empty if the code is not a model year code.
     */
    static OptionalInt byPosition7(char code, char position7) {
        boolean letter = position7 >= 'A' && position7 <= 'Z';
        return candidates(code).stream()
                .filter(year -> letter == (year >= POSITION_7_LETTER_FROM))
                .filter(year -> year < POSITION_7_LETTER_FROM + CYCLE)
                .mapToInt(Integer::intValue)
                .findFirst();
    }
}
