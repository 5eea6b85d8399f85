package org.polnet.engines.vin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WmiCountriesTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource({
        "AA, ZAF, AFRICA", "AH, ZAF, AFRICA", "AJ, CIV, AFRICA", "FK, NGA, AFRICA",
        "JH, JPN, ASIA", "J0, JPN, ASIA", "KL, KOR, ASIA", "KR, KOR, ASIA", "LF, CHN, ASIA", "MA, IND, ASIA",
        "NM, TUR, ASIA", "RF, TWN, ASIA",
        "SA, GBR, EUROPE", "SM, GBR, EUROPE", "SN, DEU, EUROPE", "ST, DEU, EUROPE", "SU, POL, EUROPE",
        "TM, CZE, EUROPE", "VF, FRA, EUROPE", "VR, FRA, EUROPE", "VS, ESP, EUROPE", "WV, DEU, EUROPE",
        "W0, DEU, EUROPE", "XT, RUS, EUROPE", "YV, SWE, EUROPE", "ZA, ITA, EUROPE", "ZR, ITA, EUROPE",
        "1G, USA, NORTH_AMERICA", "10, USA, NORTH_AMERICA", "2T, CAN, NORTH_AMERICA", "3A, MEX, NORTH_AMERICA",
        "3W, MEX, NORTH_AMERICA", "3X, CRI, NORTH_AMERICA", "4T, USA, NORTH_AMERICA", "5Y, USA, NORTH_AMERICA",
        "6A, AUS, OCEANIA", "7A, NZL, OCEANIA",
        "8A, ARG, SOUTH_AMERICA", "9A, BRA, SOUTH_AMERICA", "9E, BRA, SOUTH_AMERICA", "9F, COL, SOUTH_AMERICA",
        "93, BRA, SOUTH_AMERICA", "99, BRA, SOUTH_AMERICA",
    })
    void findsTheCountryAndRegionTheFirstTwoCharactersAreAllocatedTo(String start, String country, Region region) {
        VinResult result = Vins.parse(start);

        assertThat(result.country()).contains(country);
        assertThat(result.region()).isEqualTo(region);
    }

    @ParameterizedTest(name = "{0} -> unassigned, {1}")
    @CsvSource({"AP, AFRICA", "GA, AFRICA", "NS, ASIA", "ZS, EUROPE", "Z0, EUROPE", "UA, EUROPE",
        "6X, OCEANIA", "7F, OCEANIA", "90, SOUTH_AMERICA", "0A, UNKNOWN"})
    void reportsNoCountryWhereThePairIsUnassigned(String start, Region region) {
        VinResult result = Vins.parse(start);

        assertThat(result.country()).isEmpty();
        assertThat(result.region()).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({"IA", "OA", "QA", "AI", "AO", "AQ", "*A"})
    void reportsNoCountryForCharactersNotAllowedInAVin(String start) {
        assertThat(Vins.parse(start).country()).isEmpty();
    }
}
