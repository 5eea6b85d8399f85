package org.polnet.engines.mrz;

import java.util.Objects;

/**
 * One thing wrong with an MRZ (or, in {@link MrzResult#warnings()}, one thing worth noticing).
 *
 * @param line     1-based line number, or 0 when the problem is about the text as a whole
 *                 (e.g. the number of lines)
 * @param position 1-based character position within the line, or 0 together with {@code line == 0}
 * @param field    the MRZ element concerned
 * @param message  English description without the location, e.g.
 *                 "check digit of the date of birth is 3, expected 7"
 */
public record MrzProblem(int line, int position, MrzField field, String message) {

    public MrzProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The message prefixed with its location: "line 2, position 20: check digit of ... is 3, expected 7". */
    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ", position " + position + ": " + message;
    }
}
