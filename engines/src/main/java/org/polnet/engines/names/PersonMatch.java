package org.polnet.engines.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of comparing two person descriptions, with its explanation.
 *
 * @param score      0..1: the best name score over all pairs of names, adjusted by the attributes stated on both
 *                   sides
 * @param match      whether {@code score >= } {@link NameMatcher#MATCH_THRESHOLD}
 * @param names      the comparison of the best pair of names, token by token
 * @param attributes the attributes stated on both sides and how they compared
 */
public record PersonMatch(double score, boolean match, NameComparison names, List<AttributeComparison> attributes) {

    public PersonMatch {
        attributes = List.copyOf(attributes);
    }

    /** The explanation, one line per fact: token matches, unmatched tokens, attributes. */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>(names.explanation());
        attributes.forEach(attribute -> lines.add(attribute.toString()));
        return List.copyOf(lines);
    }
}
