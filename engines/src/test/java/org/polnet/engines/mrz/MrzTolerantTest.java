package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polnet.engines.mrz.MrzProblemsTest.replace;
import static org.polnet.engines.mrz.MrzSpecimensTest.TD1;
import static org.polnet.engines.mrz.MrzSpecimensTest.TD3;
import static org.polnet.engines.mrz.MrzSpecimensTest.TODAY;
import static org.polnet.engines.mrz.MrzSpecimensTest.parse;

import org.junit.jupiter.api.Test;

/** Tolerant mode: OCR confusions fixed where the element's kind or its check digit allows, each fix reported. */
class MrzTolerantTest {

    static MrzResult tolerant(String text) {
        return Mrz.parse(text, Mrz.Mode.TOLERANT, TODAY);
    }

    @Test
    void lettersInDatesAndCheckDigitsBecomeDigits() {
        String ocr = replace(replace(TD3, 2, 16, 'O'), 2, 20, 'Z');

        MrzResult result = tolerant(ocr);

        assertThat(result.valid()).isTrue();
        assertThat(result.requireValid()).isEqualTo(parse(TD3).requireValid());
        assertThat(result.corrections()).containsExactly(
                new MrzCorrection(2, 16, MrzField.DATE_OF_BIRTH, 'O', '0'),
                new MrzCorrection(2, 20, MrzField.DATE_OF_BIRTH_CHECK, 'Z', '2'));
        assertThat(parse(ocr).valid()).isFalse();
    }

    @Test
    void digitsInNamesCodesAndSexBecomeLetters() {
        String ocr = replace(replace(TD3, 1, 12, '0'), 1, 5, '0');

        MrzResult result = tolerant(ocr);

        assertThat(result.requireValid().primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(result.corrections()).extracting(MrzCorrection::toString).containsExactly(
                "line 1, position 5: issuing state '0' read as 'O'",
                "line 1, position 12: name '0' read as 'O'");
    }

    @Test
    void documentNumberIsFixedWhenExactlyOneSubstitutionMatchesItsCheckDigit() {
        MrzResult result = tolerant(replace(TD3, 2, 6, 'O')); // L8989O2C3

        assertThat(result.valid()).isTrue();
        assertThat(result.requireValid().documentNumber()).isEqualTo("L898902C3");
        assertThat(result.corrections()).containsExactly(new MrzCorrection(2, 6, MrzField.DOCUMENT_NUMBER, 'O', '0'));
    }

    @Test
    void documentNumberFixIsRefusedWhenSeveralSubstitutionsWouldMatch() {
        // L89B902C3: both B->8 at position 4 and 8->B at position 2 satisfy the check digit 6
        MrzResult result = tolerant(replace(TD3, 2, 4, 'B'));

        assertThat(result.valid()).isFalse();
        assertThat(result.corrections()).isEmpty();
        assertThat(result.problems()).extracting(MrzProblem::field).contains(MrzField.DOCUMENT_NUMBER_CHECK);
        assertThat(result.warnings()).contains(new MrzProblem(2, 10, MrzField.DOCUMENT_NUMBER_CHECK,
                "2 different OCR corrections of the document number would match its check digit; none applied"));
    }

    @Test
    void documentNumberIsNotTouchedWhenNoSubstitutionMatches() {
        MrzResult result = tolerant(replace(replace(TD3, 2, 6, 'O'), 2, 10, '1'));

        assertThat(result.valid()).isFalse();
        assertThat(result.corrections()).isEmpty();
        assertThat(result.document().orElseThrow().documentNumber()).isEqualTo("L8989O2C3");
    }

    @Test
    void tolerantModeFixesTheTd1DocumentNumberToo() {
        MrzResult result = tolerant(replace(TD1, 1, 11, 'S')); // D2314S890: 5 read as S

        assertThat(result.requireValid().documentNumber()).isEqualTo("D23145890");
        assertThat(result.corrections()).containsExactly(new MrzCorrection(1, 11, MrzField.DOCUMENT_NUMBER, 'S', '5'));
    }

    @Test
    void validInputNeedsNoCorrection() {
        MrzResult result = Mrz.parseTolerant(TD3);

        assertThat(result.valid()).isTrue();
        assertThat(result.corrections()).isEmpty();
    }
}
