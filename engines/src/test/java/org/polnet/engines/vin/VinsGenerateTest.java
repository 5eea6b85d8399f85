package org.polnet.engines.vin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class VinsGenerateTest {

    private static final String ALLOWED = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String YEAR_CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final String[] WMIS = {"1HG", "1M8", "2T1", "3VW", "5YJ", "JHM", "KMH", "LFV", "SAL", "VF1",
        "WBA", "WVW", "YV1", "ZFA", "ZA9", "9BW", "6T1", "AAV"};

    @Test
    void computesTheCheckDigitOfTheNhtsaExample() {
        assertThat(Vins.generate("1M8", "GDM9A", "KP042788")).isEqualTo("1M8GDM9AXKP042788");
    }

    @Test
    void generatedVinsParseAsValidWithTheirSections() {
        var random = new Random(20261128);
        for (int i = 0; i < 10_000; i++) {
            String wmi = WMIS[random.nextInt(WMIS.length)];
            String vds = randomString(random, 5);
            String vis = YEAR_CODES.charAt(random.nextInt(YEAR_CODES.length())) + randomString(random, 7);

            VinResult result = Vins.parse(Vins.generate(wmi, vds, vis));

            assertThat(result.valid()).as(result.vin()).isTrue();
            assertThat(result.checkDigit()).isEqualTo(CheckDigit.VALID);
            assertThat(result.wmi()).isEqualTo(wmi);
            assertThat(result.vds()).startsWith(vds).hasSize(6);
            assertThat(result.vis()).isEqualTo(vis);
            assertThat(result.modelYears()).hasSize(2);
            assertThat(result.country()).isPresent();
        }
    }

    @Test
    void detectsEverySingleCharacterChangeThatAltersTheWeightedSum() {
        var random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String vin = Vins.generate("1" + randomString(random, 2), randomString(random, 5),
                    YEAR_CODES.charAt(random.nextInt(YEAR_CODES.length())) + randomString(random, 7));
            int index = IntStream.of(0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16)
                    .toArray()[random.nextInt(16)];
            char replacement = ALLOWED.charAt(random.nextInt(ALLOWED.length()));
            if (index == 0 || value(replacement) == value(vin.charAt(index))) {
                continue; // the first character keeps it North American; equal values cannot be told apart
            }
            var typo = new StringBuilder(vin);
            typo.setCharAt(index, replacement);

            assertThat(Vins.parse(typo.toString()).valid()).as(vin + " -> " + typo).isFalse();
        }
    }

    @Test
    void refusesSectionsOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vins.generate("1M", "GDM9A", "KP042788"))
                .withMessageContaining("wmi must have 3 characters");
        assertThatIllegalArgumentException().isThrownBy(() -> Vins.generate("1M8", "GDM9AX", "KP042788"))
                .withMessageContaining("vds must have 5 characters (positions 4-8");
        assertThatIllegalArgumentException().isThrownBy(() -> Vins.generate("1M8", "GDM9A", "KP04278"))
                .withMessageContaining("vis must have 8 characters");
    }

    @Test
    void refusesCharactersNotAllowedInAVin() {
        assertThatIllegalArgumentException().isThrownBy(() -> Vins.generate("1M8", "GDO9A", "KP042788"))
                .withMessageContaining("'O'");
        assertThatIllegalArgumentException().isThrownBy(() -> Vins.generate("1m8", "GDM9A", "KP042788"))
                .withMessageContaining("'m'");
    }

    private static String randomString(Random random, int length) {
        var s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALLOWED.charAt(random.nextInt(ALLOWED.length())));
        }
        return s.toString();
    }

    /** The transliteration of 49 CFR 565.24, written out independently of the engine's table. */
    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalArgumentException(String.valueOf(c));
        };
    }
}
