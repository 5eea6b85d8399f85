package org.polnet.engines.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Text steps on names and tokens: Unicode NFKC and case folding, transliteration to ASCII Latin (ICU transforms),
 * scripts, and the consonant skeleton used for scripts that write no short vowels.
 *
 * <p>The ICU transliterators are shared by all threads: ICU documents them as stateless between calls, and one
 * per thread would cost each new (virtual) thread milliseconds to build them.
 */
final class TokenText {

    /** ICU transforms to Latin (with diacritics; {@link #toAscii} removes them: ICU's Latin-ASCII is 10x slower). */
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin");
    private static final Transliterator TO_LATIN_BGN = Transliterator.getInstance("Any-Latin/BGN");
    private static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN");
    private static final Transliterator UKRAINIAN_BGN = Transliterator.getInstance("Ukrainian-Latin/BGN");
    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    /** Latin letters that do not decompose into a base letter and marks. */
    private static final java.util.Map<Character, String> UNDECOMPOSED = java.util.Map.ofEntries(
            java.util.Map.entry('ß', "ss"), java.util.Map.entry('ø', "o"), java.util.Map.entry('ł', "l"),
            java.util.Map.entry('đ', "d"), java.util.Map.entry('ð', "d"), java.util.Map.entry('þ', "th"),
            java.util.Map.entry('æ', "ae"), java.util.Map.entry('œ', "oe"), java.util.Map.entry('ı', "i"),
            java.util.Map.entry('ħ', "h"), java.util.Map.entry('ŋ', "n"), java.util.Map.entry('ə', "e"),
            java.util.Map.entry('ɛ', "e"), java.util.Map.entry('ɔ', "o"), java.util.Map.entry('ƒ', "f"),
            java.util.Map.entry('ŧ', "t"), java.util.Map.entry('ĸ', "k"), java.util.Map.entry('ſ', "s"));

    /** Transliterated forms of words already seen: names repeat their words (Mohammed, Ali) across records. */
    private static final int CACHE_SIZE = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, WordForms> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The ASCII forms of one word.
     *
     * @param primary  Unicode's general romanisation; several space-separated syllables for Chinese
     * @param variants other common romanisations, each different from the primary form
     */
    record WordForms(String primary, java.util.List<String> variants) {
    }

    /** Digits typed for letters (Ig0r Sech1n), as in OpenSanctions' rigour "similar_pairs" (MIT). */
    private static final String DIGITS = "0123456789";
    private static final String DIGIT_LETTERS = "oizeasgtbg";

    private TokenText() {
    }

    /** NFKC with case folding: full-width, ligatures, compatibility forms and case are all made one. */
    static String fold(String text) {
        return NFKC_CASE_FOLD.normalize(text);
    }

    /** The primary ASCII Latin form of text in any script: lower case, letters and digits and single spaces. */
    static String asciiFold(String text) {
        return toAscii(TO_LATIN.transliterate(fold(text)));
    }

    /** The forms of a folded word (see {@link #fold}) in the given script, cached. */
    static WordForms forms(String word, int script) {
        WordForms forms = CACHE.get(word);
        if (forms == null) {
            forms = computeForms(word, script);
            if (CACHE.size() >= CACHE_SIZE) {
                CACHE.clear();  // crude but bounded; refilled by the words in use
            }
            CACHE.put(word, forms);
        }
        return forms;
    }

    private static WordForms computeForms(String word, int script) {
        if (script == UScript.LATIN || script == UScript.COMMON) {
            return new WordForms(toAscii(word), java.util.List.of());
        }
        String primary = toAscii(TO_LATIN.transliterate(word));
        // other common romanisations: BGN/PCGN, and for Cyrillic both its Russian and Ukrainian tables
        // (Sergey, Volodymyr, where the general transform gives Sergej, Volodimir)
        java.util.List<Transliterator> transforms = script == UScript.CYRILLIC
                ? java.util.List.of(RUSSIAN_BGN, UKRAINIAN_BGN) : java.util.List.of(TO_LATIN_BGN);
        java.util.List<String> variants = new java.util.ArrayList<>();
        String joined = primary.replace(" ", "");
        for (Transliterator transform : transforms) {
            String form = toAscii(transform.transliterate(word));
            if (!form.isEmpty() && !form.contains(" ") && !form.equals(joined) && !variants.contains(form)) {
                variants.add(form);
            }
        }
        return new WordForms(primary, java.util.List.copyOf(variants));
    }

    /** Latin text to ASCII: diacritics removed (NFKD, marks dropped), letters like ß and ø spelt out, cleaned. */
    static String toAscii(String latin) {
        String decomposed = NFKD.normalize(latin);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            char lower = Character.toLowerCase(c);
            String spelt = UNDECOMPOSED.get(lower);
            out.append(spelt != null ? spelt : Character.isWhitespace(c) ? " " : "");
        }
        return clean(out.toString());
    }

    /**
     * Keeps a-z, 0-9 and spaces (apostrophes, modifier letters and marks left by transliteration are dropped, so
     * Zelens'kyj is zelenskyj). In a word holding both letters and digits the digits are read as the letters they
     * resemble.
     */
    static String clean(String transliterated) {
        StringBuilder out = new StringBuilder(transliterated.length());
        for (String word : transliterated.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            StringBuilder kept = new StringBuilder(word.length());
            boolean letters = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    kept.append(c);
                    letters = true;
                } else if (c >= '0' && c <= '9') {
                    kept.append(c);
                }
            }
            if (letters) {
                for (int i = 0; i < kept.length(); i++) {
                    int digit = DIGITS.indexOf(kept.charAt(i));
                    if (digit >= 0) {
                        kept.setCharAt(i, DIGIT_LETTERS.charAt(digit));
                    }
                }
            }
            if (!kept.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(kept);
            }
        }
        return out.toString();
    }

    /** The script of a token: {@code UScript.LATIN}, another script code, or {@code UScript.INVALID_CODE} if mixed. */
    static int script(String token) {
        int found = UScript.COMMON;
        for (int i = 0; i < token.length(); ) {
            int codePoint = token.codePointAt(i);
            i += Character.charCount(codePoint);
            int script = UScript.getScript(codePoint);
            if (script == UScript.COMMON || script == UScript.INHERITED) {
                continue;
            }
            if (found == UScript.COMMON) {
                found = script;
            } else if (found != script) {
                return UScript.INVALID_CODE;
            }
        }
        return found;
    }

    /** Scripts that write consonants and long vowels only: their transliterations lack the short vowels. */
    static boolean isAbjad(int script) {
        return script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC
                || script == UScript.THAANA;
    }

    /** Scripts where one character is a syllable or a word: one different character is a different name. */
    static boolean isSyllabic(int script) {
        return script == UScript.HAN || script == UScript.HANGUL || script == UScript.HIRAGANA
                || script == UScript.KATAKANA || script == UScript.YI;
    }

    /** Whether a code point belongs inside a token: letters, digits and combining marks. */
    static boolean isWordPart(int codePoint) {
        return UCharacter.isLetterOrDigit(codePoint)
                || UCharacter.getType(codePoint) == UCharacter.NON_SPACING_MARK
                || UCharacter.getType(codePoint) == UCharacter.COMBINING_SPACING_MARK
                || UCharacter.getType(codePoint) == UCharacter.ENCLOSING_MARK;
    }

    /** Apostrophes and letter-like signs inside a word (O'Brien, 'Abd, Ba'asyir): dropped, the word stays whole. */
    static boolean isJoiner(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u2018' || codePoint == '`'
                || codePoint == '\u02bc' || codePoint == '\u02bb' || codePoint == '\u02be' || codePoint == '\u02bf'
                || codePoint == '\u200c' || codePoint == '\u200d' || codePoint == '\u00b4';
    }

    /**
     * Consonants of an ASCII token: vowels (and w, y, h, which Arabic spellings use for long vowels and
     * aspiration) dropped, doubled letters made single, and p/b, v/f, k/q/c, z/s, j/g, and t/d made one where
     * romanisations of the same Arabic letter differ.
     */
    static String skeleton(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = switch (ascii.charAt(i)) {
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y', 'h' -> 0;
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'q', 'c' -> 'k';
                case 'z' -> 's';
                case 'j' -> 'g';
                case 'd' -> 't';
                default -> ascii.charAt(i);
            };
            if (c != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Doubled letters made single (Mohammed, Mohamed; Kim Jong-uun, Kim Jong-un). */
    static String squeeze(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            if (i == 0 || ascii.charAt(i) != ascii.charAt(i - 1)) {
                out.append(ascii.charAt(i));
            }
        }
        return out.toString();
    }

    /** 1 - (optimal string alignment distance / longer length), on code points. */
    static double editSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        if (a.length() == a.codePointCount(0, a.length()) && b.length() == b.codePointCount(0, b.length())) {
            return 1.0 - (double) distance(a.chars().toArray(), b.chars().toArray()) / longer;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        return 1.0 - (double) distance(x, y) / Math.max(x.length, y.length);
    }

    /** The highest edit similarity two strings of these lengths can have: to skip hopeless comparisons. */
    static double editSimilarityBound(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) Math.abs(a.length() - b.length()) / longer;
    }

    /** Levenshtein distance counting a swap of two adjacent characters as one edit (optimal string alignment). */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length][b.length];
    }
}
