package org.polnet.engines.names;

import java.util.ArrayList;
import java.util.List;

/**
 * How two names compare, token by token: the explanation of a name score.
 *
 * @param left          the left name as given
 * @param right         the right name as given
 * @param score         0..1: the matched tokens' similarities over all tokens, where a token on each side matching
 *                      nothing (two different names) weighs much more than a token present on one side only (an
 *                      omitted middle name)
 * @param matches       which tokens matched which, and how
 * @param onlyLeft      tokens of the left name that match nothing in the right one
 * @param onlyRight     tokens of the right name that match nothing in the left one
 * @param ignored       tokens that do not count: titles, unmatched particles (al, van, bin...) and repeated words
 * @param roleConflicts matched tokens that are a father's name (after bin, ibn, ben...) on one side only, while both
 *                      names state a father's name: Salman bin Muhammad is not Muhammad bin Salman
 */
public record NameComparison(String left, String right, double score, List<TokenMatch> matches,
                             List<String> onlyLeft, List<String> onlyRight, List<String> ignored,
                             int roleConflicts) {

    public NameComparison {
        matches = List.copyOf(matches);
        onlyLeft = List.copyOf(onlyLeft);
        onlyRight = List.copyOf(onlyRight);
        ignored = List.copyOf(ignored);
    }

    /** One line per fact, for people reading why two names did or did not match. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        matches.forEach(match -> lines.add(match.toString()));
        if (!onlyLeft.isEmpty() && !onlyRight.isEmpty()) {
            lines.add("different names: " + String.join(" ", onlyLeft) + " / " + String.join(" ", onlyRight));
        } else if (!onlyLeft.isEmpty()) {
            lines.add("only in " + left + ": " + String.join(" ", onlyLeft));
        } else if (!onlyRight.isEmpty()) {
            lines.add("only in " + right + ": " + String.join(" ", onlyRight));
        }
        if (roleConflicts > 0) {
            lines.add(roleConflicts + " name(s) given as a father's name on one side only");
        }
        if (!ignored.isEmpty()) {
            lines.add("ignored: " + String.join(" ", ignored));
        }
        if (matches.isEmpty()) {
            lines.add("no token in common");
        }
        return List.copyOf(lines);
    }
}
