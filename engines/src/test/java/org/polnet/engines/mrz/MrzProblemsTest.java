package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.polnet.engines.mrz.MrzSpecimensTest.TD1;
import static org.polnet.engines.mrz.MrzSpecimensTest.TD2;
import static org.polnet.engines.mrz.MrzSpecimensTest.TD3;
import static org.polnet.engines.mrz.MrzSpecimensTest.MRV_A;
import static org.polnet.engines.mrz.MrzSpecimensTest.MRV_B;
import static org.polnet.engines.mrz.MrzSpecimensTest.TODAY;
import static org.polnet.engines.mrz.MrzSpecimensTest.parse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Strict mode: every deviation is a problem located by line, position and element; nothing is fixed. */
class MrzProblemsTest {

    /** The specimen with the character at (line, position) replaced. */
    static String replace(String text, int line, int position, char c) {
        String[] lines = text.split("\n");
        StringBuilder changed = new StringBuilder(lines[line - 1]);
        changed.setCharAt(position - 1, c);
        lines[line - 1] = changed.toString();
        return String.join("\n", lines);
    }

    static char charAt(String text, int line, int position) {
        return text.split("\n")[line - 1].charAt(position - 1);
    }

    static String specimen(String name) {
        return switch (name) {
            case "TD1" -> TD1;
            case "TD2" -> TD2;
            case "TD3" -> TD3;
            case "MRV_A" -> MRV_A;
            case "MRV_B" -> MRV_B;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {3} at line {1}, position {2}")
    @CsvSource({
            "TD1, 1, 15, DOCUMENT_NUMBER_CHECK",
            "TD1, 2, 7, DATE_OF_BIRTH_CHECK",
            "TD1, 2, 15, DATE_OF_EXPIRY_CHECK",
            "TD1, 2, 30, COMPOSITE_CHECK",
            "TD2, 2, 10, DOCUMENT_NUMBER_CHECK",
            "TD2, 2, 20, DATE_OF_BIRTH_CHECK",
            "TD2, 2, 28, DATE_OF_EXPIRY_CHECK",
            "TD2, 2, 36, COMPOSITE_CHECK",
            "TD3, 2, 10, DOCUMENT_NUMBER_CHECK",
            "TD3, 2, 20, DATE_OF_BIRTH_CHECK",
            "TD3, 2, 28, DATE_OF_EXPIRY_CHECK",
            "TD3, 2, 43, OPTIONAL_DATA_1_CHECK",
            "TD3, 2, 44, COMPOSITE_CHECK",
            "MRV_A, 2, 10, DOCUMENT_NUMBER_CHECK",
            "MRV_A, 2, 20, DATE_OF_BIRTH_CHECK",
            "MRV_A, 2, 28, DATE_OF_EXPIRY_CHECK",
            "MRV_B, 2, 10, DOCUMENT_NUMBER_CHECK",
            "MRV_B, 2, 20, DATE_OF_BIRTH_CHECK",
            "MRV_B, 2, 28, DATE_OF_EXPIRY_CHECK",
    })
    void eachWrongCheckDigitIsReportedAtItsLineAndPosition(String format, int line, int position, MrzField field) {
        String good = specimen(format);
        char right = charAt(good, line, position);
        char wrong = (char) ('0' + (right - '0' + 1) % 10);

        MrzResult result = parse(replace(good, line, position, wrong));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).contains(new MrzProblem(line, position, field,
                field.label() + " is " + wrong + ", expected " + right));
        // an element's own check digit is also covered by the composite one, which fails too
        assertThat(result.problems()).extracting(MrzProblem::field)
                .isSubsetOf(field, MrzField.COMPOSITE_CHECK);
    }

    @Test
    void problemsReadAsLocatedSentences() {
        MrzResult result = parse(replace(TD3, 2, 20, '3'));

        assertThat(result.problems()).extracting(MrzProblem::toString).containsExactly(
                "line 2, position 20: check digit of the date of birth is 3, expected 2",
                "line 2, position 44: composite check digit is 0, expected 3");
    }

    @Test
    void requireValidThrowsWithAllProblems() {
        MrzResult result = parse(replace(TD3, 2, 20, '3'));

        assertThatThrownBy(result::requireValid)
                .isInstanceOf(MrzException.class)
                .hasMessageContaining("line 2, position 20: check digit of the date of birth is 3, expected 2")
                .satisfies(e -> assertThat(((MrzException) e).problems()).hasSize(2));
    }

    @Test
    void wrongNumberOfLinesHasNoFormat() {
        MrzResult result = parse(TD3.split("\n")[0]);

        assertThat(result.valid()).isFalse();
        assertThat(result.format()).isEmpty();
        assertThat(result.document()).isEmpty();
        assertThat(result.problems()).containsExactly(new MrzProblem(0, 0, MrzField.LINE, "expected 2 or 3 lines, found 1"));
    }

    @Test
    void wrongLineLengthIsReportedWhereTheLineGoesWrong() {
        String[] lines = TD3.split("\n");

        MrzResult shortLine = parse(lines[0] + "\n" + lines[1].substring(0, 43));
        MrzResult longLine = parse(lines[0] + "<\n" + lines[1]);
        MrzResult leadingSpace = parse(lines[0] + "\n " + lines[1]);

        assertThat(shortLine.format()).contains(MrzFormat.TD3);
        assertThat(shortLine.document()).isEmpty();
        assertThat(shortLine.problems()).containsExactly(
                new MrzProblem(2, 44, MrzField.LINE, "line has 43 characters, expected 44 (TD3)"));
        assertThat(longLine.problems()).containsExactly(
                new MrzProblem(1, 45, MrzField.LINE, "line has 45 characters, expected 44 (TD3)"));
        assertThat(leadingSpace.valid()).isFalse();
    }

    @Test
    void lowerCaseIsAProblemAndIsNotUpperCased() {
        MrzResult result = parse(TD3.replace("ERIKSSON", "Eriksson"));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).hasSize(7).first().isEqualTo(new MrzProblem(1, 7, MrzField.NAMES,
                "lower-case letter 'r': the MRZ uses upper case only"));
        assertThat(result.document().orElseThrow().primaryIdentifier()).isEqualTo("Eriksson");
    }

    @Test
    void illegalCharactersAreReportedOneByOne() {
        MrzResult result = parse(TD3.replace("ANNA<MARIA", "ANNA MARÍA"));

        assertThat(result.problems()).extracting(MrzProblem::line, MrzProblem::position, MrzProblem::field)
                .containsExactly(tuple(1, 20, MrzField.NAMES), tuple(1, 24, MrzField.NAMES));
        assertThat(result.problems().getFirst().message()).isEqualTo("illegal character U+0020: only A-Z, 0-9 and < are allowed");
        assertThat(result.problems().get(1).message()).isEqualTo("illegal character 'Í': only A-Z, 0-9 and < are allowed");
    }

    @Test
    void letterInADateAndDigitInANameAreProblemsInStrictMode() {
        MrzResult result = parse(replace(replace(TD3, 2, 16, 'O'), 1, 12, '0'));

        assertThat(result.corrections()).isEmpty();
        assertThat(result.problems()).extracting(MrzProblem::toString).containsExactly(
                "line 1, position 12: digit '0' in the name, which holds letters only",
                "line 2, position 16: letter 'O' in the date of birth, which holds digits only",
                "line 2, position 20: check digit of the date of birth is 2, expected 6",
                "line 2, position 44: composite check digit is 0, expected 8");
    }

    @Test
    void impossibleDateWithRightCheckDigitsIsReported() {
        MrzDocument document = new MrzDocument("P", "FRA", "12AB34567", new MrzDate("741332", null), MrzSex.MALE,
                MrzDate.of(LocalDate.of(2030, 1, 1)), "FRA", "", "", "MARTIN", "JEAN");

        MrzResult result = parse(MrzWriter.writeText(MrzFormat.TD3, document));

        assertThat(result.problems()).containsExactly(new MrzProblem(2, 14, MrzField.DATE_OF_BIRTH,
                "date of birth 741332 is not a valid date"));
        assertThat(result.document().orElseThrow().dateOfBirth().value()).isEmpty();
    }

    @Test
    void unknownSexIsReported() {
        // the sex is not covered by the composite check digit, so this is the only problem
        MrzResult result = parse(replace(TD3, 2, 21, 'Q'));

        assertThat(result.problems()).containsExactly(new MrzProblem(2, 21, MrzField.SEX, "sex is Q, expected M, F, X or <"));
    }

    @Test
    void stateCodeMustBeLettersPaddedWithFiller() {
        MrzResult result = parse(replace(TD3, 1, 3, '<'));

        assertThat(result.problems()).containsExactly(new MrzProblem(1, 3, MrzField.ISSUING_STATE,
                "issuing state <TO is not a code of letters padded with <"));
    }

    @Test
    void listInputIsTakenAsGiven() {
        String[] lines = TD1.split("\n");

        MrzResult result = Mrz.parse(List.of(lines[0], lines[1].toLowerCase(), lines[2]), Mrz.Mode.STRICT, TODAY);

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(MrzProblem::line).containsOnly(2);
    }

    @Test
    void unknownDayAndMonthOfBirthAreAllowedButAnIncompleteExpiryIsNot() {
        MrzDocument document = new MrzDocument("P", "SOM", "A1234567", new MrzDate("74<<<<", null), MrzSex.MALE,
                MrzDate.of(LocalDate.of(2030, 1, 1)), "SOM", "", "", "HASSAN", "");
        String text = MrzWriter.writeText(MrzFormat.TD3, document);

        MrzResult result = parse(text);
        MrzResult noExpiry = parse(replace(text, 2, 26, '<'));

        assertThat(result.requireValid()).isEqualTo(document);
        assertThat(noExpiry.problems()).contains(new MrzProblem(2, 22, MrzField.DATE_OF_EXPIRY,
                "date of expiry 3001<1 is incomplete"));
    }
}
