package org.polnet.engines.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * Text steps on names and tokens: Unicode NFKC and case folding, transliteration to ASCII Latin (ICU transforms),
 * scripts, and the consonant skeleton used for scripts that write no short vowels.
 *
 * <p>ICU transliterators keep working state, so each thread has its own.
 */
final class TokenText {

    /** Unicode's general transform, then ICU's BGN/PCGN romanisation: two common spellings of the same name. */
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> TO_ASCII_BGN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin/BGN; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> RUSSIAN_BGN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII; Lower"));
    private static final ThreadLocal<Transliterator> UKRAINIAN_BGN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Ukrainian-Latin/BGN; Latin-ASCII; Lower"));
    private static final Normalizer2 NFKC_CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();

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
        return clean(TO_ASCII.get().transliterate(fold(text)));
    }

    /**
     * Other common romanisations of a word: BGN/PCGN (for Cyrillic both its Russian and Ukrainian tables: Sergey,
     * Volodymyr, where the general transform gives Sergej, Volodimir). Empty, or different from the primary form.
     */
    static java.util.List<String> romanisations(String word, int script, String primary) {
        java.util.List<ThreadLocal<Transliterator>> transforms = script == UScript.CYRILLIC
                ? java.util.List.of(RUSSIAN_BGN, UKRAINIAN_BGN) : java.util.List.of(TO_ASCII_BGN);
        java.util.List<String> forms = new java.util.ArrayList<>();
        for (ThreadLocal<Transliterator> transform : transforms) {
            String form = clean(transform.get().transliterate(fold(word)));
            if (!form.isEmpty() && !form.contains(" ") && !form.equals(primary) && !forms.contains(form)) {
                forms.add(form);
            }
        }
        return java.util.List.copyOf(forms);
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
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) distance(x, y) / longer;
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
