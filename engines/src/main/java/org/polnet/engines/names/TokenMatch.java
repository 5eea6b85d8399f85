package org.polnet.engines.names;

import java.util.List;

/**
 * Tokens of the left name found to be the same name as tokens of the right one. Usually one token each; several
 * when words were joined or split, or initials stand for several names.
 *
 * @param left       the left name's tokens, as written (with their Latin form in brackets when transliterated)
 * @param right      the right name's tokens
 * @param kind       how they were matched
 * @param similarity 0..1; 1 for exact
 */
public record TokenMatch(List<String> left, List<String> right, MatchKind kind, double similarity) {

    public TokenMatch {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    @Override
    public String toString() {
        return String.join(" ", left) + " = " + String.join(" ", right) + " (" + kind.name().toLowerCase()
                .replace('_', ' ') + String.format(java.util.Locale.ROOT, " %.2f)", similarity);
    }
}
