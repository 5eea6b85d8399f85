package org.polnet.engines.names;

import java.util.ArrayList;
import java.util.List;

/** Whether two tokens are the same name, how, and how close: the rules of {@link MatchKind}, strictest first. */
final class TokenSimilarity {

    record Scored(MatchKind kind, double similarity) {
    }

    private TokenSimilarity() {
    }

    /**
     * Compares two words written in the same non-Latin script, as written: transliteration would only lose what
     * tells them apart (高石 and 高市 are both "gao shi"). In scripts where a character is a syllable or a word
     * (Han, Hangul, kana) only identical words match.
     */
    static Scored sameScript(Token a, Token b) {
        if (a.text().equals(b.text())) {
            return new Scored(MatchKind.EXACT, 1.0);
        }
        if (TokenText.isSyllabic(a.script())) {
            return null;
        }
        double similarity = TokenText.editSimilarity(a.text(), b.text());
        return similarity >= Parameters.EDIT_FLOOR ? new Scored(MatchKind.EDIT_DISTANCE, similarity) : null;
    }

    /** Compares two tokens in their Latin forms; null when they are not the same name. */
    static Scored latin(Token a, Token b) {
        if (a.latin().equals(b.latin())) {
            boolean written = a.text().equals(b.text()) || (!nonLatin(a) && !nonLatin(b));
            return new Scored(written ? MatchKind.EXACT : MatchKind.TRANSLITERATED, 1.0);
        }
        List<String> formsA = forms(a);
        List<String> formsB = forms(b);
        for (String x : formsA) {
            if (formsB.contains(x)) {
                return new Scored(MatchKind.TRANSLITERATED, 1.0);
            }
        }
        if (a.slavicPatronymic() != b.slavicPatronymic()) {
            return null;
        }
        if (NameLists.nicknames(a.latin(), b.latin())) {
            return new Scored(MatchKind.NICKNAME, Parameters.NICKNAME_SIMILARITY);
        }
        if (TokenText.isAbjad(a.script()) != TokenText.isAbjad(b.script())) {
            // one side lost its short vowels in transliteration: compare consonants only
            String skeletonA = TokenText.skeleton(a.latin());
            String skeletonB = TokenText.skeleton(b.latin());
            double similarity = skeletonA.isEmpty() ? 0 : TokenText.editSimilarity(skeletonA, skeletonB);
            if (similarity >= Parameters.EDIT_FLOOR) {
                return new Scored(MatchKind.TRANSLITERATED, similarity * Parameters.SKELETON_DISCOUNT);
            }
            return null;
        }
        double similarity = 0;
        for (String x : formsA) {
            for (String y : formsB) {
                if (TokenText.editSimilarityBound(x, y) >= Parameters.PHONETIC_EDIT_FLOOR) {
                    similarity = Math.max(similarity, TokenText.editSimilarity(x, y));
                }
            }
        }
        if (TokenText.squeeze(a.latin()).equals(TokenText.squeeze(b.latin()))) {
            similarity = Math.max(similarity, Parameters.SQUEEZED_SIMILARITY);
        }
        if (similarity >= Parameters.EDIT_FLOOR) {
            return new Scored(MatchKind.EDIT_DISTANCE, similarity);
        }
        if (similarity >= Parameters.PHONETIC_EDIT_FLOOR && soundAlike(a, b)) {
            return new Scored(MatchKind.PHONETIC, Math.max(similarity, Parameters.PHONETIC_SIMILARITY));
        }
        return null;
    }

    private static boolean nonLatin(Token token) {
        return token.script() != com.ibm.icu.lang.UScript.LATIN && token.script() != com.ibm.icu.lang.UScript.COMMON;
    }

    private static boolean soundAlike(Token a, Token b) {
        List<String> codesA = a.phoneticCodes();
        List<String> codesB = b.phoneticCodes();
        for (String x : codesA) {
            for (String y : codesB) {
                if (!x.isEmpty() && x.equals(y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> forms(Token token) {
        if (token.variants().isEmpty()) {
            return List.of(token.latin());
        }
        List<String> forms = new ArrayList<>(token.variants().size() + 1);
        forms.add(token.latin());
        forms.addAll(token.variants());
        return forms;
    }
}
