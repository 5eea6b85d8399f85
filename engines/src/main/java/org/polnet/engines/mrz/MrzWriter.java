package org.polnet.engines.mrz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.polnet.engines.mrz.Layout.CheckRule;
import org.polnet.engines.mrz.Layout.Span;

/**
 * Builds a valid MRZ from its elements, for tests and demo data: pads with filler, writes a long
 * TD1/TD2 document number into the optional data, computes every check digit. It transliterates
 * and truncates nothing: every element must already be in MRZ characters and fit, otherwise an
 * {@link IllegalArgumentException} says which element is wrong. {@code Mrz.parse} of the result
 * gives back the same {@link MrzDocument} (dates relative to the same "today", see {@link MrzDate}).
 *
 * <p>Stateless and thread-safe; cost linear in the MRZ size.
 */
public final class MrzWriter {

    private MrzWriter() {
    }

    /**
     * The lines of the MRZ of {@code document} in {@code format}.
     *
     * <p>Expected shapes: document code 1-2 letters (starting with {@code V} exactly for the visa
     * formats); issuing state and nationality 1-3 letters; document number letters and digits (up
     * to 9, longer only in TD1 and TD2 where the optional data has room for the rest, its check
     * digit and a filler); dates of 6 characters; optional data letters, digits and {@code <},
     * not ending with {@code <}; identifiers upper-case letters separated by single spaces, the
     * secondary one may be empty.
     *
     * @throws IllegalArgumentException when an element has the wrong shape or does not fit
     */
    public static List<String> write(MrzFormat format, MrzDocument document) {
        Layout layout = Layout.of(format);
        char[][] grid = new char[format.lines()][format.lineLength()];
        for (char[] line : grid) {
            Arrays.fill(line, MrzParameters.FILLER);
        }
        placeDocumentCode(grid, layout, document.documentCode());
        place(grid, layout.span(MrzField.ISSUING_STATE), require(document.issuingState(), "[A-Z]{1,3}", "issuing state"));
        place(grid, layout.span(MrzField.NATIONALITY), require(document.nationality(), "[A-Z]{1,3}", "nationality"));
        place(grid, layout.span(MrzField.DATE_OF_BIRTH), require(document.dateOfBirth().raw(), "[0-9<]{6}", "date of birth"));
        place(grid, layout.span(MrzField.DATE_OF_EXPIRY), require(document.dateOfExpiry().raw(), "[0-9]{6}", "date of expiry"));
        if (document.sex() == null) {
            throw new IllegalArgumentException("sex is missing");
        }
        place(grid, layout.span(MrzField.SEX), String.valueOf(document.sex().code()));
        place(grid, layout.span(MrzField.NAMES), names(document));
        placeDocumentNumberAndOptionalData(grid, layout, document);
        placeCheckDigits(grid, layout, document.documentNumber().length() > layout.span(MrzField.DOCUMENT_NUMBER).length());
        List<String> lines = new ArrayList<>(grid.length);
        for (char[] line : grid) {
            lines.add(new String(line));
        }
        return List.copyOf(lines);
    }

    /** The MRZ as one text, lines separated by {@code \n}, without a final line break. */
    public static String writeText(MrzFormat format, MrzDocument document) {
        return String.join("\n", write(format, document));
    }

    private static void placeDocumentCode(char[][] grid, Layout layout, String code) {
        require(code, "[A-Z][A-Z<]?", "document code");
        if (code.startsWith("V") != layout.format().isVisa()) {
            throw new IllegalArgumentException("document code " + code + (layout.format().isVisa()
                    ? " must start with V in a visa" : " must not start with V outside a visa"));
        }
        place(grid, layout.span(MrzField.DOCUMENT_CODE), code);
    }

    private static void placeDocumentNumberAndOptionalData(char[][] grid, Layout layout, MrzDocument document) {
        String number = require(document.documentNumber(), "[A-Z0-9]+", "document number");
        String optional1 = require(document.optionalData1(), "([A-Z0-9<]*[A-Z0-9])?", "optional data");
        Span numberSpan = layout.span(MrzField.DOCUMENT_NUMBER);
        Span optionalSpan = layout.span(MrzField.OPTIONAL_DATA_1);
        if (number.length() <= numberSpan.length()) {
            place(grid, numberSpan, number);
            place(grid, optionalSpan, optional1);
        } else {
            if (!layout.allowsLongDocumentNumber()) {
                throw new IllegalArgumentException("a document number longer than 9 characters fits only TD1 and TD2: " + number);
            }
            place(grid, numberSpan, number.substring(0, numberSpan.length()));
            // position after the 9 characters stays filler; the rest, its check digit, a filler, then the optional data
            String overflow = number.substring(numberSpan.length()) + CheckDigits.computeChar(number);
            place(grid, optionalSpan, optional1.isEmpty() ? overflow : overflow + MrzParameters.FILLER + optional1);
        }
        Span optional2Span = layout.span(MrzField.OPTIONAL_DATA_2);
        String optional2 = require(document.optionalData2(), "([A-Z0-9<]*[A-Z0-9])?", "optional data of line 2");
        if (optional2Span != null) {
            place(grid, optional2Span, optional2);
        } else if (!optional2.isEmpty()) {
            throw new IllegalArgumentException("optional data of line 2 exists only in TD1");
        }
    }

    private static String names(MrzDocument document) {
        String primary = require(document.primaryIdentifier(), "[A-Z]+( [A-Z]+)*", "primary identifier");
        String secondary = require(document.secondaryIdentifier(), "([A-Z]+( [A-Z]+)*)?", "secondary identifier");
        return primary.replace(' ', '<') + (secondary.isEmpty() ? "" : "<<" + secondary.replace(' ', '<'));
    }

    /**
     * Check digits in layout order: the composite comes last and covers the others. A long
     * document number's check digit is already in the optional data; its usual place stays filler.
     */
    private static void placeCheckDigits(char[][] grid, Layout layout, boolean longDocumentNumber) {
        for (CheckRule rule : layout.checks()) {
            if (longDocumentNumber && rule.digit() == MrzField.DOCUMENT_NUMBER_CHECK) {
                continue;
            }
            String data = layout.concat(grid, rule.covered());
            boolean emptyPersonalNumber = rule.digit() == MrzField.OPTIONAL_DATA_1_CHECK
                    && data.chars().allMatch(c -> c == MrzParameters.FILLER);
            char digit = emptyPersonalNumber ? MrzParameters.FILLER : CheckDigits.computeChar(data);
            place(grid, layout.span(rule.digit()), String.valueOf(digit));
        }
    }

    private static void place(char[][] grid, Span span, String value) {
        if (value.length() > span.length()) {
            throw new IllegalArgumentException(span.field().label() + " " + value + " has " + value.length()
                    + " characters, at most " + span.length() + " fit");
        }
        value.getChars(0, value.length(), grid[span.line() - 1], span.start() - 1);
    }

    private static String require(String value, String pattern, String what) {
        if (!value.matches(pattern)) {
            throw new IllegalArgumentException(what + " '" + value + "' does not match " + pattern);
        }
        return value;
    }
}
