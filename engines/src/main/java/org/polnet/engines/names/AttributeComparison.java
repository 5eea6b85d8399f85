package org.polnet.engines.names;

/**
 * How an attribute stated on both sides compared, and what it did to the score.
 *
 * @param attribute which attribute
 * @param agreement agree, partly agree (same birth year, day unknown on one side) or disagree
 * @param left      the left side's value, as text
 * @param right     the right side's value
 * @param effect    what was added to the name score (negative when they disagree)
 */
public record AttributeComparison(Attribute attribute, Agreement agreement, String left, String right,
                                  double effect) {

    public enum Attribute { BIRTH_DATE, SEX, NATIONALITY }

    public enum Agreement { AGREE, PARTLY_AGREE, DISAGREE }

    @Override
    public String toString() {
        return attribute.name().toLowerCase().replace('_', ' ') + " " + agreement.name().toLowerCase()
                .replace('_', ' ') + "s: " + left + " / " + right
                + String.format(java.util.Locale.ROOT, " (%+.2f)", effect);
    }
}
