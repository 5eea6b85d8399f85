package org.polnet.engines.vin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class VinsParseTest {

    @Test
    void acceptsTheNhtsaExampleWhoseCheckDigitIsX() {
        VinResult result = Vins.parse("1M8GDM9AXKP042788");

        assertThat(result.valid()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.VALID);
        assertThat(result.wmi()).isEqualTo("1M8");
        assertThat(result.vds()).isEqualTo("GDM9AX");
        assertThat(result.vis()).isEqualTo("KP042788");
        assertThat(result.country()).contains("USA");
        assertThat(result.region()).isEqualTo(Region.NORTH_AMERICA);
        assertThat(result.modelYears()).containsExactly(1989, 2019);
        assertThat(result.northAmericanLightVehicleModelYear()).as("position 7 is a digit").hasValue(1989);
        assertThat(result.manufacturerIdentifier()).isEqualTo("1M8");
    }

    @Test
    void decodesANorthAmericanPassengerCarVin() {
        VinResult result = Vins.parse("1HGCM82633A004352");

        assertThat(result.valid()).isTrue();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.VALID);
        assertThat(result.modelYears()).containsExactly(2003, 2033);
        assertThat(result.northAmericanLightVehicleModelYear()).hasValue(2003);
    }

    @Test
    void rejectsANorthAmericanVinWhoseCheckDigitIsWrong() {
        // the other 16 characters give 2 (computed by hand and by the formula of 49 CFR 565.24)
        VinResult result = Vins.parse("5YJ3E1EA7KF317000");

        assertThat(result.valid()).isFalse();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.INVALID);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(9);
            assertThat(problem.message()).startsWith("position 9: the check digit is '7' but the other characters"
                    + " give '2'");
        });
    }

    @Test
    void acceptsTheSameVinWithItsComputedCheckDigit() {
        VinResult result = Vins.parse("5YJ3E1EA2KF317000");

        assertThat(result.valid()).isTrue();
        assertThat(result.country()).contains("USA");
        assertThat(result.modelYears()).containsExactly(1989, 2019);
        assertThat(result.northAmericanLightVehicleModelYear()).as("position 7 is a letter").hasValue(2019);
    }

    @Test
    void reportsNoCheckDigitForAEuropeanVinWithALetterAtPosition9() {
        VinResult result = Vins.parse("WVWZZZ1JZXW000001");

        assertThat(result.valid()).isTrue();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.NOT_USED);
        assertThat(result.wmi()).isEqualTo("WVW");
        assertThat(result.vds()).isEqualTo("ZZZ1JZ");
        assertThat(result.vis()).isEqualTo("XW000001");
        assertThat(result.country()).contains("DEU");
        assertThat(result.region()).isEqualTo(Region.EUROPE);
        assertThat(result.modelYears()).containsExactly(1999, 2029);
        assertThat(result.northAmericanLightVehicleModelYear()).isEmpty();
    }

    @Test
    void keepsAEuropeanVinValidWhenItsCheckDigitDoesNotMatch() {
        // the other 16 characters give 7: position 9 holds 1
        VinResult result = Vins.parse("WBA3A5C51CF256651");

        assertThat(result.valid()).isTrue();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.INVALID);
        assertThat(Vins.parse("WBA3A5C57CF256651").checkDigit()).isEqualTo(CheckDigit.VALID);
    }

    @Test
    void reportsTheFirstMissingPositionOfASixteenCharacterVin() {
        VinResult result = Vins.parse("1M8GDM9AXKP04278");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly(new VinProblem(17,
                "position 17: missing: a VIN has 17 characters, this one has 16"));
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.NOT_CHECKED);
        assertThat(result.vds()).isEmpty();
        assertThat(result.vis()).isEmpty();
        assertThat(result.modelYears()).isEmpty();
        assertThat(result.wmi()).as("still read for a partial VIN").isEqualTo("1M8");
        assertThat(result.country()).contains("USA");
    }

    @Test
    void reportsTheFirstExtraPositionOfAnEighteenCharacterVin() {
        VinResult result = Vins.parse("1M8GDM9AXKP0427888");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(VinProblem::position).containsExactly(18);
        assertThat(result.problems().getFirst().message()).contains("this one has 18");
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.NOT_CHECKED);
    }

    @Test
    void reportsEachExcludedLetterAtItsPosition() {
        VinResult result = Vins.parse("1M8GIM9AOKP04Q788");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(VinProblem::position).containsExactly(5, 9, 14);
        assertThat(result.problems()).extracting(VinProblem::message).containsExactly(
                "position 5: 'I' is not allowed in a VIN (I, O and Q are excluded)",
                "position 9: 'O' is not allowed in a VIN (I, O and Q are excluded)",
                "position 14: 'Q' is not allowed in a VIN (I, O and Q are excluded)");
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.NOT_CHECKED);
        assertThat(result.vds()).as("the sections are still shown as typed").isEqualTo("GIM9AO");
    }

    @Test
    void reportsOtherForbiddenCharactersAtTheirPosition() {
        VinResult result = Vins.parse("1M8GDM9AXKP0427*8");

        assertThat(result.problems()).containsExactly(new VinProblem(16,
                "position 16: '*' is not allowed in a VIN (only digits and capital letters other than I, O and Q)"));
    }

    @Test
    void reportsBadCharactersAndWrongLengthTogetherInPositionOrder() {
        VinResult result = Vins.parse("1M8GDM9AXKP0427O");

        assertThat(result.problems()).extracting(VinProblem::position).containsExactly(16, 17);
    }

    @Test
    void readsLowerCaseInputWithSpacesAndDashesAsTheVinItSpells() {
        VinResult result = Vins.parse(" 1m8 gdm9-axkp\t042788 ");

        assertThat(result.vin()).isEqualTo("1M8GDM9AXKP042788");
        assertThat(result.valid()).isTrue();
    }

    @Test
    void reportsAnEmptyInputAsMissingItsFirstPosition() {
        VinResult result = Vins.parse("");

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(VinProblem::position).containsExactly(1);
        assertThat(result.region()).isEqualTo(Region.UNKNOWN);
        assertThat(result.country()).isEmpty();
        assertThat(result.wmi()).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> Vins.parse(null));
    }

    @Test
    void rejectsANorthAmericanVinWithoutAModelYearCode() {
        String vin = Vins.generate("1HG", "CM826", "U3A00435");

        VinResult result = Vins.parse(vin);

        assertThat(result.valid()).isFalse();
        assertThat(result.checkDigit()).isEqualTo(CheckDigit.VALID);
        assertThat(result.problems()).containsExactly(new VinProblem(10,
                "position 10: 'U' is not a model year code (U, Z and 0 are never used for the model year)"));
        assertThat(result.modelYears()).isEmpty();
    }

    @Test
    void acceptsAVinFromOutsideNorthAmericaWithoutAModelYearCode() {
        VinResult result = Vins.parse("WVWZZZ1JZZW000001");

        assertThat(result.valid()).isTrue();
        assertThat(result.modelYears()).isEmpty();
    }

    @Test
    void completesTheIdentifierOfASmallManufacturerWithPositions12To14() {
        VinResult small = Vins.parse(Vins.generate("ZA9", "ABC12", "KA123456"));
        VinResult large = Vins.parse(Vins.generate("ZAR", "ABC12", "KA123456"));

        assertThat(small.smallManufacturer()).isTrue();
        assertThat(small.manufacturerIdentifier()).isEqualTo("ZA9123");
        assertThat(large.smallManufacturer()).isFalse();
        assertThat(large.manufacturerIdentifier()).isEqualTo("ZAR");
    }

    @Test
    void namesAnUnprintableCharacterByItsCodePoint() {
        VinResult result = Vins.parse("1M8GDM9AXKP04278\u0007");

        assertThat(result.problems()).extracting(VinProblem::message)
                .containsExactly("position 17: U+0007 is not allowed in a VIN (only digits and capital letters other"
                        + " than I, O and Q)");
    }

    @Test
    void countsACharacterOutsideTheBasicMultilingualPlaneAsOnePosition() {
        VinResult result = Vins.parse("1M8GDM9AXKP04278\uD83D\uDE97");

        assertThat(result.vin()).hasSize(17);
        assertThat(result.problems()).extracting(VinProblem::position).containsExactly(17);
    }
}
