package org.polnet.engines.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.polnet.engines.mrz.Layout.CheckRule;
import org.polnet.engines.mrz.Layout.Kind;
import org.polnet.engines.mrz.Layout.Span;

/** The parse pipeline: shape, OCR fixes (tolerant only), characters, check digits, elements. */
final class MrzParser {

    private static final Pattern FILLED_CODE_SHAPE = Pattern.compile("[A-Z<]{3}");
    private static final Pattern LETTERS_ONLY = Pattern.compile("[A-Z]+");
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern DIGITS_OR_FILLER = Pattern.compile("[0-9<]{6}");

    private MrzParser() {
    }

    /**
     * A TD1/TD2 document number longer than 9 characters: position 15 (TD1) or 10 (TD2) holds
     * {@code <}, the number continues in the optional data and ends with its check digit.
     */
    record LongNumber(String number, int line, int checkPosition, char checkDigit, String optionalDataAfter) {
    }

    static MrzResult parse(List<String> lines, boolean tolerant, LocalDate today) {
        List<MrzProblem> problems = new ArrayList<>();
        MrzFormat format = detectFormat(lines, problems);
        if (format == null) {
            return new MrzResult(null, null, problems, List.of(), List.of());
        }
        checkLineLengths(lines, format, problems);
        if (!problems.isEmpty()) {
            return new MrzResult(format, null, problems, List.of(), List.of());
        }
        Layout layout = Layout.of(format);
        char[][] grid = toGrid(lines);
        List<MrzProblem> warnings = new ArrayList<>();
        List<MrzCorrection> corrections = new ArrayList<>();
        if (tolerant) {
            OcrFixes.fixByKind(grid, layout, corrections);
            OcrFixes.fixByCheckDigit(grid, layout, corrections, warnings);
        }
        checkCharacters(grid, layout, problems);
        LongNumber longNumber = findLongNumber(grid, layout);
        checkCheckDigits(grid, layout, longNumber, problems);
        MrzDocument document = readDocument(grid, layout, longNumber, today, problems, warnings);
        Comparator<MrzProblem> byLocation = Comparator.comparingInt(MrzProblem::line).thenComparingInt(MrzProblem::position);
        problems.sort(byLocation);
        warnings.sort(byLocation);
        return new MrzResult(format, document, problems, warnings, corrections);
    }

    static MrzFormat detectFormat(List<String> lines, List<MrzProblem> problems) {
        if (lines.size() == 3) {
            return MrzFormat.TD1;
        }
        if (lines.size() != 2) {
            problems.add(new MrzProblem(0, 0, MrzField.LINE, "expected 2 or 3 lines, found " + lines.size()));
            return null;
        }
        boolean wide = Math.max(lines.get(0).length(), lines.get(1).length()) > MrzParameters.WIDE_LINE_THRESHOLD;
        boolean visa = lines.get(0).startsWith("V");
        if (wide) {
            return visa ? MrzFormat.MRV_A : MrzFormat.TD3;
        }
        return visa ? MrzFormat.MRV_B : MrzFormat.TD2;
    }

    static void checkLineLengths(List<String> lines, MrzFormat format, List<MrzProblem> problems) {
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).length();
            if (length != format.lineLength()) {
                int firstWrong = Math.min(length, format.lineLength()) + 1;
                problems.add(new MrzProblem(i + 1, firstWrong, MrzField.LINE, "line has " + length
                        + " characters, expected " + format.lineLength() + " (" + format + ")"));
            }
        }
    }

    static char[][] toGrid(List<String> lines) {
        char[][] grid = new char[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            grid[i] = lines.get(i).toCharArray();
        }
        return grid;
    }

    /** Every character must be A-Z, 0-9 or &lt;; letter-only elements hold no digits, date elements no letters. */
    static void checkCharacters(char[][] grid, Layout layout, List<MrzProblem> problems) {
        for (Span span : layout.spans()) {
            for (int p = span.start(); p < span.start() + span.length(); p++) {
                char c = grid[span.line() - 1][p - 1];
                String message = characterProblem(c, span);
                if (message != null) {
                    problems.add(new MrzProblem(span.line(), p, span.field(), message));
                }
            }
        }
    }

    private static String characterProblem(char c, Span span) {
        if (c >= 'a' && c <= 'z') {
            return "lower-case letter '" + c + "': the MRZ uses upper case only";
        }
        boolean digit = c >= '0' && c <= '9';
        boolean letter = c >= 'A' && c <= 'Z';
        if (!digit && !letter && c != MrzParameters.FILLER) {
            return "illegal character " + show(c) + ": only A-Z, 0-9 and < are allowed";
        }
        if (span.kind() == Kind.LETTERS && digit) {
            return "digit '" + c + "' in the " + span.field().label() + ", which holds letters only";
        }
        if (span.kind() == Kind.DIGITS && letter) {
            return "letter '" + c + "' in the " + span.field().label() + ", which holds digits only";
        }
        return null;
    }

    private static String show(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }

    static LongNumber findLongNumber(char[][] grid, Layout layout) {
        if (!layout.allowsLongDocumentNumber()) {
            return null;
        }
        Span check = layout.span(MrzField.DOCUMENT_NUMBER_CHECK);
        Span optional = layout.span(MrzField.OPTIONAL_DATA_1);
        String optionalData = optional.read(grid);
        if (check.read(grid).charAt(0) != MrzParameters.FILLER || optionalData.charAt(0) == MrzParameters.FILLER) {
            return null;
        }
        int filler = optionalData.indexOf(MrzParameters.FILLER);
        int overflowLength = filler < 0 ? optionalData.length() : filler;
        String number = layout.span(MrzField.DOCUMENT_NUMBER).read(grid) + optionalData.substring(0, overflowLength - 1);
        String after = optionalData.substring(overflowLength);
        if (after.startsWith(String.valueOf(MrzParameters.FILLER))) {
            after = after.substring(1);
        }
        return new LongNumber(number, optional.line(), optional.start() + overflowLength - 1,
                optionalData.charAt(overflowLength - 1), IcaoCodes.stripFiller(after));
    }

    static void checkCheckDigits(char[][] grid, Layout layout, LongNumber longNumber, List<MrzProblem> problems) {
        for (CheckRule rule : layout.checks()) {
            String data;
            char actual;
            int line;
            int position;
            if (rule.digit() == MrzField.DOCUMENT_NUMBER_CHECK && longNumber != null) {
                data = longNumber.number();
                actual = longNumber.checkDigit();
                line = longNumber.line();
                position = longNumber.checkPosition();
            } else {
                Span span = layout.span(rule.digit());
                data = layout.concat(grid, rule.covered());
                actual = span.read(grid).charAt(0);
                line = span.line();
                position = span.start();
            }
            char expected = CheckDigits.computeChar(data);
            boolean emptyPersonalNumber = rule.digit() == MrzField.OPTIONAL_DATA_1_CHECK
                    && actual == MrzParameters.FILLER && isAllFiller(data);
            if (actual != expected && !emptyPersonalNumber) {
                problems.add(new MrzProblem(line, position, rule.digit(),
                        rule.digit().label() + " is " + actual + ", expected " + expected));
            }
        }
    }

    private static boolean isAllFiller(String data) {
        return data.chars().allMatch(c -> c == MrzParameters.FILLER);
    }

    static MrzDocument readDocument(char[][] grid, Layout layout, LongNumber longNumber, LocalDate today,
                                    List<MrzProblem> problems, List<MrzProblem> warnings) {
        String documentCode = readDocumentCode(grid, layout.span(MrzField.DOCUMENT_CODE), problems);
        String issuingState = readStateCode(grid, layout.span(MrzField.ISSUING_STATE), problems, warnings);
        String documentNumber = longNumber != null
                ? longNumber.number()
                : IcaoCodes.stripFiller(layout.span(MrzField.DOCUMENT_NUMBER).read(grid));
        MrzDate birth = readDate(grid, layout.span(MrzField.DATE_OF_BIRTH), true, today, problems);
        MrzSex sex = readSex(grid, layout.span(MrzField.SEX), problems);
        MrzDate expiry = readDate(grid, layout.span(MrzField.DATE_OF_EXPIRY), false, today, problems);
        String nationality = readStateCode(grid, layout.span(MrzField.NATIONALITY), problems, warnings);
        String optional1 = longNumber != null
                ? longNumber.optionalDataAfter()
                : IcaoCodes.stripFiller(layout.span(MrzField.OPTIONAL_DATA_1).read(grid));
        Span optional2Span = layout.span(MrzField.OPTIONAL_DATA_2);
        String optional2 = optional2Span == null ? "" : IcaoCodes.stripFiller(optional2Span.read(grid));
        String[] names = readNames(grid, layout.span(MrzField.NAMES), problems);
        return new MrzDocument(documentCode, issuingState, documentNumber, birth, sex, expiry, nationality,
                optional1, optional2, names[0], names[1]);
    }

    static String readDocumentCode(char[][] grid, Span span, List<MrzProblem> problems) {
        String raw = span.read(grid);
        if (raw.charAt(0) == MrzParameters.FILLER) {
            problems.add(new MrzProblem(span.line(), span.start(), span.field(), "document code must start with a letter"));
        }
        return IcaoCodes.stripFiller(raw);
    }

    /** A state code is 1 to 3 letters padded with filler; unknown codes are only a warning. */
    static String readStateCode(char[][] grid, Span span, List<MrzProblem> problems, List<MrzProblem> warnings) {
        String raw = span.read(grid);
        String code = IcaoCodes.stripFiller(raw);
        if (!FILLED_CODE_SHAPE.matcher(raw).matches()) {
            return code; // already reported character by character
        }
        if (!LETTERS_ONLY.matcher(code).matches()) {
            problems.add(new MrzProblem(span.line(), span.start(), span.field(),
                    span.field().label() + " " + raw + " is not a code of letters padded with <"));
        } else if (!IcaoCodes.isKnown(code)) {
            warnings.add(new MrzProblem(span.line(), span.start(), span.field(),
                    span.field().label() + " " + code + " is not a known ICAO code"));
        }
        return code;
    }

    static MrzSex readSex(char[][] grid, Span span, List<MrzProblem> problems) {
        char c = span.read(grid).charAt(0);
        MrzSex sex = MrzSex.ofCode(c);
        if (sex == null && c >= 'A' && c <= 'Z') {
            problems.add(new MrzProblem(span.line(), span.start(), span.field(), "sex is " + c + ", expected M, F, X or <"));
        }
        return sex;
    }

    /**
     * Chooses the century: a date of birth is not after today; a date of expiry lies within
     * {@link MrzParameters#EXPIRY_YEARS_AHEAD} years of today's year (ahead inclusive).
     */
    static MrzDate readDate(char[][] grid, Span span, boolean birth, LocalDate today, List<MrzProblem> problems) {
        String raw = span.read(grid);
        if (!SIX_DIGITS.matcher(raw).matches()) {
            if (!birth && DIGITS_OR_FILLER.matcher(raw).matches()) {
                problems.add(new MrzProblem(span.line(), span.start(), span.field(),
                        span.field().label() + " " + raw + " is incomplete"));
            }
            return new MrzDate(raw, null);
        }
        int yy = Integer.parseInt(raw.substring(0, 2));
        int month = Integer.parseInt(raw.substring(2, 4));
        int day = Integer.parseInt(raw.substring(4, 6));
        int year = birth ? birthYear(yy, month, day, today) : expiryYear(yy, today);
        try {
            return new MrzDate(raw, LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            problems.add(new MrzProblem(span.line(), span.start(), span.field(),
                    span.field().label() + " " + raw + " is not a valid date"));
            return new MrzDate(raw, null);
        }
    }

    static int birthYear(int yy, int month, int day, LocalDate today) {
        int year = 2000 + yy + 100 * Math.floorDiv(today.getYear() - 2000, 100);
        int candidate = year * 10000 + month * 100 + day;
        int now = today.getYear() * 10000 + today.getMonthValue() * 100 + today.getDayOfMonth();
        return candidate > now ? year - 100 : year;
    }

    static int expiryYear(int yy, LocalDate today) {
        int year = 2000 + yy + 100 * Math.floorDiv(today.getYear() - 2000, 100);
        int latest = today.getYear() + MrzParameters.EXPIRY_YEARS_AHEAD;
        while (year > latest) {
            year -= 100;
        }
        while (year <= latest - 100) {
            year += 100;
        }
        return year;
    }

    /** Primary and secondary identifier, split at the first {@code <<}, {@code <} read as a space. */
    static String[] readNames(char[][] grid, Span span, List<MrzProblem> problems) {
        String names = IcaoCodes.stripFiller(span.read(grid));
        if (names.isEmpty() || names.charAt(0) == MrzParameters.FILLER) {
            problems.add(new MrzProblem(span.line(), span.start(), span.field(), "the primary identifier (surname) is missing"));
        }
        int separator = names.indexOf("<<");
        String primary = separator < 0 ? names : names.substring(0, separator);
        String secondary = separator < 0 ? "" : names.substring(separator + 2);
        return new String[] {primary.replace('<', ' ').strip(), secondary.replace('<', ' ').strip()};
    }
}
