package org.polnet.engines.mrz;

import java.util.Objects;

/**
 * One character the tolerant mode changed before validating, e.g. a letter O read where the
 * date of birth needs the digit 0.
 *
 * @param line     1-based line number
 * @param position 1-based character position within the line
 * @param field    the MRZ element the character belongs to
 * @param from     the character as given
 * @param to       the character used instead
 */
public record MrzCorrection(int line, int position, MrzField field, char from, char to) {

    public MrzCorrection {
        Objects.requireNonNull(field, "field");
    }

    @Override
    public String toString() {
        return "line " + line + ", position " + position + ": " + field.label() + " '" + from + "' read as '" + to + "'";
    }
}
