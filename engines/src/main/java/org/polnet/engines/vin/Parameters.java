package org.polnet.engines.vin;

/**
 * Every constant of the VIN rules in one place. Sources: ISO 3779 (content and structure), ISO 3780 (world
 * manufacturer identifier) and, for North America, 49 CFR 565 (check digit in 565.15(c) and 565.24, model year
 * code and the position 7 rule in 565.15(d)).
 */
final class Parameters {

    private Parameters() {
    }

    /** A VIN has exactly this many characters (ISO 3779; mandatory since model year 1981). */
    static final int LENGTH = 17;

    /** The characters a VIN may hold: digits and capital letters except I, O and Q (mistaken for 1 and 0). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    static final String EXCLUDED_LETTERS = "IOQ";

    /** 1-based positions of the three sections (ISO 3779). */
    static final int WMI_END = 3;
    static final int VDS_END = 9;

    /** Position 3 holds this for a small-volume manufacturer (fewer than 1,000 vehicles a year in 49 CFR 565)... */
    static final char SMALL_MANUFACTURER_MARK = '9';
    /** ...and positions 12 to 14 then complete its identifier. */
    static final int SMALL_MANUFACTURER_START = 12;
    static final int SMALL_MANUFACTURER_END = 14;

    /** First characters of WMIs assigned to North America, where the check digit is mandatory (49 CFR 565). */
    static final String NORTH_AMERICAN_ZONE = "12345";

    static final int CHECK_DIGIT_POSITION = 9;
    /** Weight of each position in the check digit sum, position 1 first (49 CFR 565.24, table IV). */
    static final int[] CHECK_DIGIT_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    static final int CHECK_DIGIT_MODULUS = 11;
    /** A remainder of 10 is written X. */
    static final char CHECK_DIGIT_TEN = 'X';
    /** Letters and their transliterated values (49 CFR 565.24, table III); a digit stands for itself. */
    static final String TRANSLITERATED_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    static final String TRANSLITERATED_VALUES = "12345678123457923456789";

    static final int MODEL_YEAR_POSITION = 10;
    /** Model year codes in order from 1980; the cycle repeats every 30 years. U, Z and 0 are never used. */
    static final String MODEL_YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    static final int FIRST_MODEL_YEAR = 1980;
    /**
     * Candidates are given up to this year, the end of the second cycle and of the 49 CFR 565.15 position 7 rule;
     * raise it (by 30) when vehicles of model year 2040 appear.
     */
    static final int LAST_MODEL_YEAR = 2039;
    /**
     * For North American passenger cars, and for multipurpose vehicles and trucks up to 10,000 lb, position 7 is a
     * letter from model year 2010 to 2039 and a digit before.
     */
    static final int POSITION_7_RULE_POSITION = 7;
    static final int POSITION_7_LETTER_FROM = 2010;
}
