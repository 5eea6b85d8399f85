package org.polnet.engines.vin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelYearsTest {

    @ParameterizedTest(name = "{0} -> {1} or {2}")
    @CsvSource({"A, 1980, 2010", "H, 1987, 2017", "J, 1988, 2018", "Y, 2000, 2030", "1, 2001, 2031",
        "9, 2009, 2039"})
    void givesEveryYearACodeStandsFor(char code, int older, int newer) {
        assertThat(ModelYears.candidates(code)).containsExactly(older, newer);
    }

    @ParameterizedTest
    @ValueSource(chars = {'U', 'Z', '0', 'I', 'O', 'Q'})
    void givesNoYearForCharactersThatAreNotYearCodes(char code) {
        assertThat(ModelYears.candidates(code)).isEmpty();
    }

    @Test
    void picksTheYearByPosition7ForNorthAmericanLightVehicles() {
        assertThat(ModelYears.byPosition7('A', 'C')).hasValue(2010);
        assertThat(ModelYears.byPosition7('A', '4')).hasValue(1980);
        assertThat(ModelYears.byPosition7('9', 'C')).hasValue(2039);
        assertThat(ModelYears.byPosition7('U', 'C')).isEmpty();
    }
}
