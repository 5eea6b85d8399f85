package org.polnet.engines.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.polnet.engines.mrz.MrzSpecimensTest.TODAY;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MrzWriterTest {

    static final MrzDocument ANNA = new MrzDocument("P", "UTO", "L898902C3", MrzDate.of(LocalDate.of(1974, 8, 12)),
            MrzSex.FEMALE, MrzDate.of(LocalDate.of(2012, 4, 15)), "UTO", "ZE184226B", "", "ERIKSSON", "ANNA MARIA");

    @Test
    void writesThePassportSpecimenOfPart4() {
        assertThat(MrzWriter.writeText(MrzFormat.TD3, ANNA)).isEqualTo(MrzSpecimensTest.TD3);
    }

    @Test
    void writesTheVisaSpecimensOfPart7() {
        MrzDocument visa = new MrzDocument("V", "UTO", "L8988901C", MrzDate.of(LocalDate.of(1940, 9, 7)),
                MrzSex.FEMALE, MrzDate.of(LocalDate.of(1996, 12, 10)), "XXX", "6ZE184226B", "", "ERIKSSON", "ANNA MARIA");

        assertThat(MrzWriter.writeText(MrzFormat.MRV_A, visa)).isEqualTo(MrzSpecimensTest.MRV_A);
        assertThat(MrzWriter.writeText(MrzFormat.MRV_B, new MrzDocument("V", "UTO", "L8988901C",
                visa.dateOfBirth(), MrzSex.FEMALE, visa.dateOfExpiry(), "XXX", "", "", "ERIKSSON", "ANNA MARIA")))
                .isEqualTo(MrzSpecimensTest.MRV_B);
    }

    @Test
    void writesALongTd1DocumentNumberLikeTheExampleOfPart5() {
        MrzDocument card = new MrzDocument("I", "UTO", "D23145890734", MrzDate.of(LocalDate.of(1974, 8, 12)),
                MrzSex.FEMALE, MrzDate.of(LocalDate.of(2012, 4, 15)), "UTO", "", "", "ERIKSSON", "ANNA MARIA");

        assertThat(MrzWriter.write(MrzFormat.TD1, card)).containsExactly(
                "I<UTOD23145890<7349<<<<<<<<<<<",
                "7408122F1204159UTO<<<<<<<<<<<6",
                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    }

    @Test
    void longDocumentNumberWithOptionalDataAfterItReadsBack() {
        MrzDocument card = new MrzDocument("ID", "FRA", "X12345678901", MrzDate.of(LocalDate.of(1990, 2, 28)),
                MrzSex.UNSPECIFIED, MrzDate.of(LocalDate.of(2031, 2, 27)), "FRA", "AB12", "Z9", "DUPONT", "");

        var lines = MrzWriter.write(MrzFormat.TD1, card);

        assertThat(lines.getFirst()).isEqualTo("IDFRAX12345678<" + "901" + CheckDigits.computeChar("X12345678901") + "<AB12<<<<<<");
        assertThat(Mrz.parse(lines, Mrz.Mode.STRICT, TODAY).requireValid()).isEqualTo(card);
        assertThat(Mrz.parse(lines, Mrz.Mode.STRICT, TODAY).requireValid().normalisedDocumentNumber()).isEqualTo("X12345678901");
    }

    @Test
    void emptyPersonalNumberHasAFillerCheckDigitAndBothFillerAndZeroAreAccepted() {
        MrzDocument passport = new MrzDocument("P", "D", "C01X00T47", MrzDate.of(LocalDate.of(1964, 8, 12)),
                MrzSex.FEMALE, MrzDate.of(LocalDate.of(2027, 10, 31)), "D", "", "", "MUSTERMANN", "ERIKA");

        var lines = MrzWriter.write(MrzFormat.TD3, passport);
        String withZero = lines.get(1).substring(0, 42) + "0" + lines.get(1).charAt(43);

        assertThat(lines.get(0)).startsWith("P<D<<MUSTERMANN<<ERIKA<");
        assertThat(lines.get(1).charAt(42)).isEqualTo('<');
        assertThat(Mrz.parse(lines, Mrz.Mode.STRICT, TODAY).problems()).isEmpty();
        assertThat(Mrz.parse(lines, Mrz.Mode.STRICT, TODAY).warnings()).isEmpty();
        assertThat(Mrz.parse(java.util.List.of(lines.get(0), withZero), Mrz.Mode.STRICT, TODAY).problems()).isEmpty();
    }

    @Test
    void refusesWhatItWouldHaveToFixOrCut() {
        assertThatThrownBy(() -> MrzWriter.write(MrzFormat.TD3, withNames("Eriksson", "ANNA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primary identifier");
        assertThatThrownBy(() -> MrzWriter.write(MrzFormat.TD3, withNames("ÉRIKSSON", "ANNA")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MrzWriter.write(MrzFormat.TD2, withNames("ERIKSSON", "ANNA MARIA CHRISTINA SOFIA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 31 fit");
        assertThatThrownBy(() -> MrzWriter.write(MrzFormat.TD3, new MrzDocument("P", "UTO", "L898902C3X", ANNA.dateOfBirth(),
                MrzSex.FEMALE, ANNA.dateOfExpiry(), "UTO", "", "", "ERIKSSON", "ANNA")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only TD1 and TD2");
        assertThatThrownBy(() -> MrzWriter.write(MrzFormat.MRV_A, ANNA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with V");
    }

    private static MrzDocument withNames(String primary, String secondary) {
        return new MrzDocument("P", "UTO", "L898902C3", ANNA.dateOfBirth(), MrzSex.FEMALE, ANNA.dateOfExpiry(),
                "UTO", "", "", primary, secondary);
    }
}
