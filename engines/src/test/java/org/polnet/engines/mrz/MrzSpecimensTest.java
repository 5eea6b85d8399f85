package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The specimens published in ICAO Doc 9303 parts 4 to 7 read back field by field. */
class MrzSpecimensTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    static final String MRV_A = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";
    static final String MRV_B = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            L8988901C4XXX4009078F9612109<<<<<<<<""";

    static MrzResult parse(String text) {
        return Mrz.parse(text, Mrz.Mode.STRICT, TODAY);
    }

    @Test
    void passportSpecimenOfPart4ReadsEveryField() {
        MrzResult result = parse(TD3);

        assertThat(result.problems()).isEmpty();
        assertThat(result.format()).contains(MrzFormat.TD3);
        MrzDocument document = result.requireValid();
        assertThat(document.documentCode()).isEqualTo("P");
        assertThat(document.issuingState()).isEqualTo("UTO");
        assertThat(document.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(document.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(document.documentNumber()).isEqualTo("L898902C3");
        assertThat(document.nationality()).isEqualTo("UTO");
        assertThat(document.dateOfBirth()).isEqualTo(new MrzDate("740812", LocalDate.of(1974, 8, 12)));
        assertThat(document.sex()).isEqualTo(MrzSex.FEMALE);
        assertThat(document.dateOfExpiry()).isEqualTo(new MrzDate("120415", LocalDate.of(2012, 4, 15)));
        assertThat(document.optionalData1()).isEqualTo("ZE184226B");
        assertThat(document.optionalData2()).isEmpty();
    }

    @Test
    void fictitiousStateUtopiaIsAWarningNotAnError() {
        MrzResult result = parse(TD3);

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(MrzProblem::toString).containsExactly(
                "line 1, position 3: issuing state UTO is not a known ICAO code",
                "line 2, position 11: nationality UTO is not a known ICAO code");
    }

    @Test
    void identityCardSpecimenOfPart5ReadsEveryField() {
        MrzDocument document = parse(TD1).requireValid();

        assertThat(parse(TD1).format()).contains(MrzFormat.TD1);
        assertThat(document).isEqualTo(new MrzDocument("I", "UTO", "D23145890",
                new MrzDate("740812", LocalDate.of(1974, 8, 12)), MrzSex.FEMALE,
                new MrzDate("120415", LocalDate.of(2012, 4, 15)), "UTO", "", "", "ERIKSSON", "ANNA MARIA"));
    }

    @Test
    void longDocumentNumberExampleOfPart5ContinuesInTheOptionalData() {
        MrzResult result = parse("""
                I<UTOD23145890<7349<<<<<<<<<<<
                7408122F1204159UTO<<<<<<<<<<<6
                ERIKSSON<<ANNA<MARIA<<<<<<<<<<""");

        assertThat(result.problems()).isEmpty();
        assertThat(result.requireValid().documentNumber()).isEqualTo("D23145890734");
        assertThat(result.requireValid().optionalData1()).isEmpty();
    }

    @Test
    void identityCardSpecimenOfPart6ReadsEveryField() {
        MrzResult result = parse(TD2);

        assertThat(result.format()).contains(MrzFormat.TD2);
        assertThat(result.requireValid()).isEqualTo(new MrzDocument("I", "UTO", "D23145890",
                new MrzDate("740812", LocalDate.of(1974, 8, 12)), MrzSex.FEMALE,
                new MrzDate("120415", LocalDate.of(2012, 4, 15)), "UTO", "", "", "ERIKSSON", "ANNA MARIA"));
    }

    @Test
    void visaSpecimensOfPart7AreToldApartByTheirDocumentCode() {
        MrzResult a = parse(MRV_A);
        MrzResult b = parse(MRV_B);

        assertThat(a.format()).contains(MrzFormat.MRV_A);
        assertThat(b.format()).contains(MrzFormat.MRV_B);
        MrzDocument expected = new MrzDocument("V", "UTO", "L8988901C",
                new MrzDate("400907", LocalDate.of(1940, 9, 7)), MrzSex.FEMALE,
                new MrzDate("961210", LocalDate.of(1996, 12, 10)), "XXX", "6ZE184226B", "", "ERIKSSON", "ANNA MARIA");
        assertThat(a.requireValid()).isEqualTo(expected);
        assertThat(b.requireValid()).isEqualTo(new MrzDocument("V", "UTO", "L8988901C",
                new MrzDate("400907", LocalDate.of(1940, 9, 7)), MrzSex.FEMALE,
                new MrzDate("961210", LocalDate.of(1996, 12, 10)), "XXX", "", "", "ERIKSSON", "ANNA MARIA"));
        assertThat(a.warnings()).extracting(MrzProblem::field).containsExactly(MrzField.ISSUING_STATE);
    }

    @Test
    void linesMayBeSeparatedByCrLfOrGivenAsAListAndTrailingWhitespaceIsIgnored() {
        MrzDocument expected = parse(TD3).requireValid();
        String[] lines = TD3.split("\n");

        assertThat(parse(lines[0] + "\r\n" + lines[1] + "\r\n").requireValid()).isEqualTo(expected);
        assertThat(parse(lines[0] + "  \n" + lines[1] + "\t\n\n").requireValid()).isEqualTo(expected);
        assertThat(Mrz.parse(List.of(lines[0], lines[1]), Mrz.Mode.STRICT, TODAY).requireValid()).isEqualTo(expected);
        assertThat(Mrz.parse(TD3).valid()).isTrue();
    }

    @Test
    void normalisedDocumentNumberDropsFillerAndPunctuation() {
        assertThat(parse(TD3).requireValid().normalisedDocumentNumber()).isEqualTo("L898902C3");
        assertThat(DocumentNumbers.normalise(" l898-902 c3\u2013<")).isEqualTo("L898902C3");
        assertThat(DocumentNumbers.normalise("D23145890<734")).isEqualTo("D23145890734");
    }

    @Test
    void centuriesPivotOnToday() {
        // Born "today" 100 years ago cannot be written; born yesterday in this century can.
        MrzDocument document = Mrz.parse(TD3, Mrz.Mode.STRICT, LocalDate.of(2074, 8, 12)).requireValid();
        assertThat(document.dateOfBirth().date()).isEqualTo(LocalDate.of(2074, 8, 12));
        assertThat(document.dateOfExpiry().date()).isEqualTo(LocalDate.of(2112, 4, 15));
        MrzDocument dayBefore = Mrz.parse(TD3, Mrz.Mode.STRICT, LocalDate.of(2074, 8, 11)).requireValid();
        assertThat(dayBefore.dateOfBirth().date()).isEqualTo(LocalDate.of(1974, 8, 12));
    }

    @Test
    void knownIcaoCodesIncludeTheSpecialOnes() {
        assertThat(IcaoCodes.isKnown("D<<")).isTrue();
        assertThat(IcaoCodes.all()).contains("D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK",
                "XXA", "XXB", "XXC", "XXX", "EUE", "FRA", "XPO");
        assertThat(IcaoCodes.isKnown("UTO")).isFalse();
    }
}
