package org.polnet.engines.mrz;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an ICAO Doc 9303 machine readable zone: TD1, TD2, TD3, MRV-A or MRV-B, recognised by the
 * number of lines, their width and, for visas, the document code starting with {@code V}.
 *
 * <p><b>Input.</b> A text whose lines are separated by {@code \n}, {@code \r\n} or {@code \r}, or
 * the list of lines. The only changes made to the input are these: white space at the end of a
 * line is stripped, and empty lines at the end of a text (a final line break) are ignored.
 * Nothing else is ever "fixed" in strict mode: lower case, leading spaces, spaces inside a line,
 * characters outside {@code A-Z 0-9 <} are problems.
 *
 * <p><b>Modes.</b> {@linkplain Mode#STRICT Strict} (the default) reports every deviation. {@linkplain
 * Mode#TOLERANT Tolerant} first repairs the usual OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6,
 * D/0, Q/0): in digit-only elements (dates, check digits) letters become digits, in letter-only
 * elements (codes, sex, names) digits become letters, and in the document number (its 9-character
 * field; the continuation of a long TD1/TD2 number is left alone) and the TD3 personal number a
 * single substituted character is accepted only when it is the one and only substitution that
 * makes the element's check digit right. Optional data covered only by the composite check digit
 * is never changed. Each change is listed in {@link
 * MrzResult#corrections()}; an ambiguous repair is refused and reported as a warning.
 *
 * <p><b>Result.</b> Parsing never throws for bad input: it returns a {@link MrzResult} whose
 * {@link MrzResult#problems()} say which line, position and element is wrong; call {@link
 * MrzResult#requireValid()} to get the document or an {@link MrzException}. There are no
 * thresholds: an MRZ is valid or it is not.
 *
 * <p><b>Dates.</b> The century of a two-digit year is chosen relative to "today" (UTC by default):
 * see {@link MrzDate}.
 *
 * <p><b>Thread safety and cost.</b> Stateless: every method may be called concurrently. A parse
 * costs a few microseconds and allocates a few small objects (linear in the text; the tolerant
 * mode adds at most a few hundred check digit computations).
 */
public final class Mrz {

    /** How forgiving a parse is; see the class documentation. */
    public enum Mode { STRICT, TOLERANT }

    private Mrz() {
    }

    /** Strict parse of a text of 2 or 3 lines, dates relative to today in UTC. */
    public static MrzResult parse(String text) {
        return parse(lines(text), Mode.STRICT, today());
    }

    /** Strict parse of the given lines, dates relative to today in UTC. */
    public static MrzResult parse(List<String> lines) {
        return parse(lines, Mode.STRICT, today());
    }

    /** Tolerant parse of a text (OCR output), dates relative to today in UTC. */
    public static MrzResult parseTolerant(String text) {
        return parse(lines(text), Mode.TOLERANT, today());
    }

    /** Tolerant parse of the given lines (OCR output), dates relative to today in UTC. */
    public static MrzResult parseTolerant(List<String> lines) {
        return parse(lines, Mode.TOLERANT, today());
    }

    /** Parse of a text in the given mode, two-digit years resolved relative to {@code today}. */
    public static MrzResult parse(String text, Mode mode, LocalDate today) {
        return parse(lines(text), mode, today);
    }

    /** Parse of the given lines in the given mode, two-digit years resolved relative to {@code today}. */
    public static MrzResult parse(List<String> lines, Mode mode, LocalDate today) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(today, "today");
        List<String> stripped = new ArrayList<>(lines.size());
        for (String line : lines) {
            stripped.add(line.stripTrailing());
        }
        return MrzParser.parse(stripped, mode == Mode.TOLERANT, today);
    }

    /**
     * Splits a text into lines at {@code \r\n}, {@code \n} or {@code \r}, dropping empty lines
     * at its end; nothing else is changed.
     */
    static List<String> lines(String text) {
        Objects.requireNonNull(text, "text");
        // a loop rather than a regular expression: FIND splits thousands of MRZs a second
        List<String> lines = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}
