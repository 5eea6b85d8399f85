package org.polnet.engines.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores how likely two person descriptions are the same person, from 0 to 1, and explains the score.
 *
 * <p>Names are compared token by token, in any order and any script: Unicode NFKC, case folding and removal of
 * diacritics; transliteration to Latin with ICU (two romanisations: Unicode's and BGN/PCGN); consonants only for
 * Arabic and Hebrew script; honorifics at the start dropped; particles (al, bin, van der, de la...) counted only
 * when they match; nicknames, Double Metaphone, edit distance, initials, joined and split words. A name score is
 * the matched tokens' similarities over the tokens of both names, where a token on each side that matches nothing
 * (a different first name) weighs ten times a token on one side only (an omitted middle name). With several names
 * on a side, the best pair counts. Date of birth, sex and nationality then add or remove a little when both sides
 * state them ({@link AttributeComparison#effect()}).
 *
 * <p>Immutable and stateless: one instance may be shared by any number of threads. A comparison costs some tens of
 * microseconds for usual names (transliteration dominates); names over 1,000 characters or 40 words are refused.
 */
public final class NameMatcher {

    /**
     * Scores at or above this (0.70) are a match. It follows from the score's weights: one different name on each
     * side sinks a name of up to six matching tokens below it, two omitted middle names do not. On the public
     * name_bench Person pairs it gives precision 0.96 and recall 0.81 (F1 0.88; {@code docs/benchmarks.md}). A search
     * that must not miss anyone may list candidates from 0.5 and let people judge with the explanation.
     */
    public static final double MATCH_THRESHOLD = Parameters.MATCH_THRESHOLD;

    /**
     * Compares two names.
     *
     * @return the name score and which tokens matched how; a name without letters or digits (only punctuation or
     *     spaces) matches nothing and scores 0
     * @throws IllegalArgumentException if a name is longer than 1,000 characters or 40 words
     */
    public NameComparison compareNames(String left, String right) {
        return NameAligner.compare(AnalysedName.of(left), AnalysedName.of(right));
    }

    /**
     * Compares two person descriptions: the best-scoring pair of their names, then the attributes both state.
     *
     * @throws IllegalArgumentException if a name is longer than 1,000 characters or 40 words
     */
    public PersonMatch compare(PersonDescription left, PersonDescription right) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        List<AnalysedName> rightNames = right.names().stream().map(AnalysedName::of).toList();
        NameComparison best = null;
        for (String name : left.names()) {
            AnalysedName analysed = AnalysedName.of(name);
            for (AnalysedName other : rightNames) {
                NameComparison comparison = NameAligner.compare(analysed, other);
                if (best == null || comparison.score() > best.score()) {
                    best = comparison;
                }
            }
        }
        List<AttributeComparison> attributes = new ArrayList<>();
        birthDates(left.birthDate(), right.birthDate()).ifPresent(attributes::add);
        sexes(left.sex(), right.sex()).ifPresent(attributes::add);
        nationalities(left.nationalities(), right.nationalities()).ifPresent(attributes::add);
        double score = best.score();
        for (AttributeComparison attribute : attributes) {
            score += attribute.effect();
        }
        score = Math.max(0, Math.min(1, score));
        return new PersonMatch(score, score >= MATCH_THRESHOLD, best, attributes);
    }

    private static Optional<AttributeComparison> birthDates(Optional<BirthDate> left, Optional<BirthDate> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        BirthDate a = left.get();
        BirthDate b = right.get();
        boolean differ = a.year() != b.year()
                || (a.month() != 0 && b.month() != 0 && a.month() != b.month())
                || (a.day() != 0 && b.day() != 0 && a.day() != b.day());
        AttributeComparison.Agreement agreement = differ ? AttributeComparison.Agreement.DISAGREE
                : a.full() && b.full() ? AttributeComparison.Agreement.AGREE
                : AttributeComparison.Agreement.PARTLY_AGREE;
        double effect = switch (agreement) {
            case AGREE -> Parameters.BIRTH_DATE_AGREES;
            case PARTLY_AGREE -> Parameters.BIRTH_YEAR_AGREES;
            case DISAGREE -> Parameters.BIRTH_DATE_DISAGREES;
        };
        return Optional.of(new AttributeComparison(AttributeComparison.Attribute.BIRTH_DATE, agreement,
                a.toString(), b.toString(), effect));
    }

    private static Optional<AttributeComparison> sexes(Sex left, Sex right) {
        if (left == Sex.UNKNOWN || right == Sex.UNKNOWN) {
            return Optional.empty();
        }
        boolean same = left == right;
        return Optional.of(new AttributeComparison(AttributeComparison.Attribute.SEX,
                same ? AttributeComparison.Agreement.AGREE : AttributeComparison.Agreement.DISAGREE,
                left.name(), right.name(), same ? 0 : Parameters.SEX_DISAGREES));
    }

    private static Optional<AttributeComparison> nationalities(Set<String> left, Set<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        boolean agree = !common.isEmpty();
        return Optional.of(new AttributeComparison(AttributeComparison.Attribute.NATIONALITY,
                agree ? AttributeComparison.Agreement.AGREE : AttributeComparison.Agreement.DISAGREE,
                String.join(" ", new java.util.TreeSet<>(left)), String.join(" ", new java.util.TreeSet<>(right)),
                agree ? Parameters.NATIONALITY_AGREES : Parameters.NATIONALITY_DISAGREES));
    }
}
