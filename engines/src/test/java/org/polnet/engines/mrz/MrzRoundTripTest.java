package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polnet.engines.mrz.MrzSpecimensTest.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: any document of random valid fields, written by {@link MrzWriter}, parses back to the
 * same fields, with no problem, no warning and (tolerant mode) no correction. A seeded generator
 * keeps failures reproducible.
 */
class MrzRoundTripTest {

    private static final int DOCUMENTS_PER_FORMAT = 3_000;
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ALPHANUMERIC = LETTERS + "0123456789";
    private static final List<String> CODES = new ArrayList<>(IcaoCodes.all());

    @ParameterizedTest
    @EnumSource(MrzFormat.class)
    void writtenDocumentsParseBackToTheirFields(MrzFormat format) {
        Random random = new Random(9303L + format.ordinal());
        for (int i = 0; i < DOCUMENTS_PER_FORMAT; i++) {
            MrzDocument document = randomDocument(format, random);
            List<String> lines = MrzWriter.write(format, document);

            MrzResult strict = Mrz.parse(lines, Mrz.Mode.STRICT, TODAY);
            MrzResult tolerant = Mrz.parse(String.join("\r\n", lines), Mrz.Mode.TOLERANT, TODAY);

            assertThat(strict.problems()).as("%s", lines).isEmpty();
            assertThat(strict.warnings()).as("%s", lines).isEmpty();
            assertThat(strict.format()).contains(format);
            assertThat(strict.requireValid()).as("%s", lines).isEqualTo(document);
            assertThat(tolerant.requireValid()).isEqualTo(document);
            assertThat(tolerant.corrections()).as("%s", lines).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(MrzFormat.class)
    void tolerantModeUndoesAnyOneOcrConfusionInADigitOrLetterElement(MrzFormat format) {
        Random random = new Random(44L + format.ordinal());
        Layout layout = Layout.of(format);
        for (int i = 0; i < DOCUMENTS_PER_FORMAT; i++) {
            MrzDocument document = randomDocument(format, random);
            char[][] grid = MrzParser.toGrid(MrzWriter.write(format, document));
            List<int[]> confusable = new ArrayList<>();
            for (Layout.Span span : layout.spans()) {
                for (int p = span.start(); p < span.start() + span.length(); p++) {
                    char c = grid[span.line() - 1][p - 1];
                    boolean digitElement = span.kind() == Layout.Kind.DIGITS || span.kind() == Layout.Kind.CHECK_DIGIT;
                    if (digitElement ? MrzParameters.DIGIT_READ_FOR_LETTER.containsKey(c)
                            : span.kind() == Layout.Kind.LETTERS && MrzParameters.LETTER_READ_FOR_DIGIT.containsKey(c)
                                    && "OIBSZG".indexOf(c) >= 0) {
                        confusable.add(new int[] {span.line(), p});
                    }
                }
            }
            int[] at = confusable.get(random.nextInt(confusable.size()));
            char right = grid[at[0] - 1][at[1] - 1];
            char misread = Character.isDigit(right)
                    ? MrzParameters.DIGIT_READ_FOR_LETTER.get(right)
                    : MrzParameters.LETTER_READ_FOR_DIGIT.get(right);
            grid[at[0] - 1][at[1] - 1] = misread;
            List<String> lines = new ArrayList<>();
            for (char[] line : grid) {
                lines.add(new String(line));
            }

            MrzResult result = Mrz.parse(lines, Mrz.Mode.TOLERANT, TODAY);

            assertThat(result.requireValid()).as("%s", lines).isEqualTo(document);
            assertThat(result.corrections()).as("%s", lines).singleElement()
                    .satisfies(c -> assertThat(new int[] {c.line(), c.position(), c.from(), c.to()})
                            .containsExactly(at[0], at[1], misread, right));
            assertThat(Mrz.parse(lines, Mrz.Mode.STRICT, TODAY).valid()).isFalse();
        }
    }

    static MrzDocument randomDocument(MrzFormat format, Random random) {
        Layout layout = Layout.of(format);
        int optionalLength = layout.span(MrzField.OPTIONAL_DATA_1).length();
        String documentNumber;
        String optional1;
        if (layout.allowsLongDocumentNumber() && random.nextInt(3) == 0) {
            documentNumber = text(random, ALPHANUMERIC, 10, 9 + optionalLength - 1);
            int room = optionalLength - (documentNumber.length() - 9) - 1 - 1; // continuation, check digit, filler
            optional1 = room > 0 ? optionalData(random, room) : "";
        } else {
            documentNumber = text(random, ALPHANUMERIC, 1, 9);
            optional1 = optionalData(random, optionalLength);
        }
        String optional2 = format == MrzFormat.TD1 ? optionalData(random, 11) : "";
        String[] names = names(random, layout.span(MrzField.NAMES).length());
        return new MrzDocument(
                documentCode(format, random),
                CODES.get(random.nextInt(CODES.size())),
                documentNumber,
                MrzDate.of(TODAY.minusDays(random.nextInt(36_000))),
                MrzSex.values()[random.nextInt(MrzSex.values().length)],
                MrzDate.of(LocalDate.of(TODAY.getYear() - 49, 1, 1).plusDays(random.nextInt(36_500))),
                CODES.get(random.nextInt(CODES.size())),
                optional1,
                optional2,
                names[0],
                names[1]);
    }

    private static String documentCode(MrzFormat format, Random random) {
        String first = format.isVisa() ? "V" : String.valueOf(LETTERS.replace("V", "").charAt(random.nextInt(25)));
        return random.nextBoolean() ? first : first + LETTERS.charAt(random.nextInt(26));
    }

    /** Letters, digits and inner filler, not ending with filler, possibly empty. */
    private static String optionalData(Random random, int maxLength) {
        if (random.nextInt(4) == 0) {
            return "";
        }
        String data = text(random, ALPHANUMERIC + "<<<", 1, maxLength);
        return IcaoCodes.stripFiller(data).isEmpty() ? "" : IcaoCodes.stripFiller(data);
    }

    private static String[] names(Random random, int length) {
        while (true) {
            String primary = words(random, 1 + random.nextInt(3));
            String secondary = random.nextInt(5) == 0 ? "" : words(random, 1 + random.nextInt(3));
            int written = primary.length() + (secondary.isEmpty() ? 0 : 2 + secondary.length());
            if (written <= length) {
                return new String[] {primary, secondary};
            }
        }
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(text(random, LETTERS, 1, 10));
        }
        return String.join(" ", words);
    }

    private static String text(Random random, String alphabet, int minLength, int maxLength) {
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
