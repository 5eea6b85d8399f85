package org.polnet.engines.mrz;

import static org.polnet.engines.mrz.MrzField.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where each element sits in each format (Doc 9303 parts 4 to 7), and which check digit covers what. */
record Layout(MrzFormat format, List<Span> spans, List<CheckRule> checks) {

    /** What characters an element holds; decides which OCR fixes the tolerant mode may apply. */
    enum Kind { LETTERS, DIGITS, CHECK_DIGIT, ALPHANUMERIC }

    /** One element: 1-based line and start position, length. */
    record Span(MrzField field, int line, int start, int length, Kind kind) {
        String read(char[][] grid) {
            return new String(grid[line - 1], start - 1, length);
        }

        boolean contains(int line, int position) {
            return this.line == line && position >= start && position < start + length;
        }
    }

    /** A check digit and the elements it covers, in the order they are summed. */
    record CheckRule(MrzField digit, List<MrzField> covered) {
    }

    private static final Map<MrzFormat, Layout> LAYOUTS = Map.of(
            MrzFormat.TD1, td1(),
            MrzFormat.TD2, twoLine(MrzFormat.TD2),
            MrzFormat.TD3, twoLine(MrzFormat.TD3),
            MrzFormat.MRV_A, twoLine(MrzFormat.MRV_A),
            MrzFormat.MRV_B, twoLine(MrzFormat.MRV_B));

    static Layout of(MrzFormat format) {
        return LAYOUTS.get(format);
    }

    Span span(MrzField field) {
        for (Span span : spans) {
            if (span.field() == field) {
                return span;
            }
        }
        return null;
    }

    MrzField fieldAt(int line, int position) {
        for (Span span : spans) {
            if (span.contains(line, position)) {
                return span.field();
            }
        }
        return LINE;
    }

    /** TD1 (part 5): the document number and its long form live on line 1, the names on line 3. */
    private static Layout td1() {
        List<Span> spans = List.of(
                new Span(DOCUMENT_CODE, 1, 1, 2, Kind.LETTERS),
                new Span(ISSUING_STATE, 1, 3, 3, Kind.LETTERS),
                new Span(DOCUMENT_NUMBER, 1, 6, 9, Kind.ALPHANUMERIC),
                new Span(DOCUMENT_NUMBER_CHECK, 1, 15, 1, Kind.CHECK_DIGIT),
                new Span(OPTIONAL_DATA_1, 1, 16, 15, Kind.ALPHANUMERIC),
                new Span(DATE_OF_BIRTH, 2, 1, 6, Kind.DIGITS),
                new Span(DATE_OF_BIRTH_CHECK, 2, 7, 1, Kind.CHECK_DIGIT),
                new Span(SEX, 2, 8, 1, Kind.LETTERS),
                new Span(DATE_OF_EXPIRY, 2, 9, 6, Kind.DIGITS),
                new Span(DATE_OF_EXPIRY_CHECK, 2, 15, 1, Kind.CHECK_DIGIT),
                new Span(NATIONALITY, 2, 16, 3, Kind.LETTERS),
                new Span(OPTIONAL_DATA_2, 2, 19, 11, Kind.ALPHANUMERIC),
                new Span(COMPOSITE_CHECK, 2, 30, 1, Kind.CHECK_DIGIT),
                new Span(NAMES, 3, 1, 30, Kind.LETTERS));
        List<CheckRule> checks = List.of(
                new CheckRule(DOCUMENT_NUMBER_CHECK, List.of(DOCUMENT_NUMBER)),
                new CheckRule(DATE_OF_BIRTH_CHECK, List.of(DATE_OF_BIRTH)),
                new CheckRule(DATE_OF_EXPIRY_CHECK, List.of(DATE_OF_EXPIRY)),
                new CheckRule(COMPOSITE_CHECK, List.of(DOCUMENT_NUMBER, DOCUMENT_NUMBER_CHECK, OPTIONAL_DATA_1,
                        DATE_OF_BIRTH, DATE_OF_BIRTH_CHECK, DATE_OF_EXPIRY, DATE_OF_EXPIRY_CHECK, OPTIONAL_DATA_2)));
        return new Layout(MrzFormat.TD1, spans, checks);
    }

    /**
     * TD2, TD3, MRV-A and MRV-B share line 2 up to position 28; they differ in width, in the
     * length of the optional data, in TD3's personal number check digit and in the visas having
     * no composite check digit.
     */
    private static Layout twoLine(MrzFormat format) {
        int width = format.lineLength();
        boolean composite = !format.isVisa();
        boolean personalNumberCheck = format == MrzFormat.TD3;
        int optionalLength = width - 28 - (composite ? 1 : 0) - (personalNumberCheck ? 1 : 0);
        List<Span> spans = new ArrayList<>(List.of(
                new Span(DOCUMENT_CODE, 1, 1, 2, Kind.LETTERS),
                new Span(ISSUING_STATE, 1, 3, 3, Kind.LETTERS),
                new Span(NAMES, 1, 6, width - 5, Kind.LETTERS),
                new Span(DOCUMENT_NUMBER, 2, 1, 9, Kind.ALPHANUMERIC),
                new Span(DOCUMENT_NUMBER_CHECK, 2, 10, 1, Kind.CHECK_DIGIT),
                new Span(NATIONALITY, 2, 11, 3, Kind.LETTERS),
                new Span(DATE_OF_BIRTH, 2, 14, 6, Kind.DIGITS),
                new Span(DATE_OF_BIRTH_CHECK, 2, 20, 1, Kind.CHECK_DIGIT),
                new Span(SEX, 2, 21, 1, Kind.LETTERS),
                new Span(DATE_OF_EXPIRY, 2, 22, 6, Kind.DIGITS),
                new Span(DATE_OF_EXPIRY_CHECK, 2, 28, 1, Kind.CHECK_DIGIT),
                new Span(OPTIONAL_DATA_1, 2, 29, optionalLength, Kind.ALPHANUMERIC)));
        List<CheckRule> checks = new ArrayList<>(List.of(
                new CheckRule(DOCUMENT_NUMBER_CHECK, List.of(DOCUMENT_NUMBER)),
                new CheckRule(DATE_OF_BIRTH_CHECK, List.of(DATE_OF_BIRTH)),
                new CheckRule(DATE_OF_EXPIRY_CHECK, List.of(DATE_OF_EXPIRY))));
        List<MrzField> compositeCovers = new ArrayList<>(List.of(DOCUMENT_NUMBER, DOCUMENT_NUMBER_CHECK,
                DATE_OF_BIRTH, DATE_OF_BIRTH_CHECK, DATE_OF_EXPIRY, DATE_OF_EXPIRY_CHECK, OPTIONAL_DATA_1));
        if (personalNumberCheck) {
            spans.add(new Span(OPTIONAL_DATA_1_CHECK, 2, 29 + optionalLength, 1, Kind.CHECK_DIGIT));
            checks.add(new CheckRule(OPTIONAL_DATA_1_CHECK, List.of(OPTIONAL_DATA_1)));
            compositeCovers.add(OPTIONAL_DATA_1_CHECK);
        }
        if (composite) {
            spans.add(new Span(COMPOSITE_CHECK, 2, width, 1, Kind.CHECK_DIGIT));
            checks.add(new CheckRule(COMPOSITE_CHECK, List.copyOf(compositeCovers)));
        }
        return new Layout(format, List.copyOf(spans), List.copyOf(checks));
    }

    /** TD1 and TD2 may continue a document number longer than 9 characters in the optional data. */
    boolean allowsLongDocumentNumber() {
        return format == MrzFormat.TD1 || format == MrzFormat.TD2;
    }

    String concat(char[][] grid, List<MrzField> fields) {
        StringBuilder data = new StringBuilder();
        for (MrzField field : fields) {
            data.append(span(field).read(grid));
        }
        return data.toString();
    }
}
