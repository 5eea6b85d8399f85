package org.polnet.engines.names;

/**
 * Every constant of the name matcher in one place. The similarity floors and weights follow from the rules in
 * {@code docs/names.md}: one token on each side that matches nothing (a different given name or surname) must sink a
 * name of up to six matched tokens below the threshold ({@code 6 / (6 + 3) < 0.70}), while two omitted middle names
 * must not ({@code 2 / (2 + 2 * 0.3) > 0.70}). The rules were written while reading the errors on the public
 * name_bench pairs (no rule or list entry names a pair); {@code docs/benchmarks.md} gives the figures, with a split
 * of the pairs into two halves.
 */
final class Parameters {

    private Parameters() {
    }

    /** Longer names are refused: no real name is this long, and alignment cost grows with the square of tokens. */
    static final int MAX_NAME_LENGTH = 1_000;
    /** Tokens beyond this count are refused for the same reason (a name of 1,000 one-letter words). */
    static final int MAX_TOKENS = 40;

    /** A pair of descriptions scoring at least this is a match (see {@code NameMatcher#MATCH_THRESHOLD}). Set from
     * the weights above, not fitted: F1 on name_bench is flat from 0.60 to 0.75. */
    static final double MATCH_THRESHOLD = 0.70;

    /** Two tokens are the same name when their edit similarity (1 - distance / longer length) reaches this. */
    static final double EDIT_FLOOR = 0.75;
    /** ...or when they sound the same (Double Metaphone) and their edit similarity reaches this. */
    static final double PHONETIC_EDIT_FLOOR = 0.50;
    /** Length of Double Metaphone codes compared. */
    static final int PHONETIC_CODE_LENGTH = 8;
    /** Endings of East Slavic patronymics in their Latin forms (English Wikipedia, "Eastern Slavic naming
     * customs", CC BY-SA 4.0): -ovich/-evich (Russian, Belarusian), -ovych/-evych (Ukrainian), -ovna/-evna,
     * -ivna (Ukrainian), -ichna. */
    static final java.util.List<String> SLAVIC_PATRONYMIC_SUFFIXES =
            java.util.List.of("ovich", "evich", "ovych", "evych", "ovic", "evic", "ovna", "evna", "ivna", "ichna");
    /** Similarity given to a phonetic match whose spelling is further apart. */
    static final double PHONETIC_SIMILARITY = 0.80;
    /** Similarity of two tokens that differ only by doubled letters (Mohammed, Mohamed). */
    static final double SQUEEZED_SIMILARITY = 0.92;
    /** Similarity of a nickname and its given name (Ted, Theodore). */
    static final double NICKNAME_SIMILARITY = 0.90;
    /** Similarity of an initial and the name it abbreviates (J, Joachim). */
    static final double INITIAL_SIMILARITY = 0.85;
    /** A transliteration from a script that writes no short vowels (Arabic, Hebrew) is compared on consonants;
     * the result is discounted by this factor because consonants alone say less. */
    static final double SKELETON_DISCOUNT = 0.95;
    /** Words split or joined (Jinping, Jin Ping) are one name when their joined forms reach this similarity. */
    static final double JOIN_FLOOR = 0.80;
    /** At most this many adjacent tokens are joined. */
    static final int MAX_JOINED = 3;

    /** Weight in the score's denominator of a token on each side that matches nothing: two different names. */
    static final double CONFLICT_WEIGHT = 3.0;
    /** Weight of a token present on one side only (a middle name, a second surname): often just omitted. */
    static final double OMISSION_WEIGHT = 0.30;
    /** A father's or ancestor's name (after bin, ibn...) counts this much when unmatched: chains of ancestors are
     * often shortened (Usama bin Muhammad ibn Awad ibn Ladin, Usama bin Ladin). */
    static final double PATRONYM_WEIGHT = 0.5;
    /** An initial counts this much of a full token when it is unmatched. */
    static final double INITIAL_WEIGHT = 0.5;

    /** A name pair matched by initials only scores at most this. */
    static final double INITIALS_ONLY_CAP = 0.5;

    /** Attribute effects, added to the name score when both sides state the attribute. */
    static final double BIRTH_DATE_AGREES = 0.10;
    static final double BIRTH_YEAR_AGREES = 0.05;
    static final double BIRTH_DATE_DISAGREES = -0.30;
    static final double SEX_DISAGREES = -0.25;
    static final double NATIONALITY_AGREES = 0.03;
    static final double NATIONALITY_DISAGREES = -0.05;
}
