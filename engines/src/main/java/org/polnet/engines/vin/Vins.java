package org.polnet.engines.vin;

import java.util.Objects;

/**
 * Entry point: reads vehicle identification numbers (ISO 3779) and writes them with a correct check digit.
 *
 * <p>Stateless and thread-safe. Only the 17-character VINs used worldwide since model year 1981 are understood;
 * older, manufacturer-specific chassis numbers are reported as having the wrong length.
 */
public final class Vins {

    private Vins() {
    }

    /**
     * Checks and decodes a VIN as typed or read by an officer or a system.
     *
     * <p>The input is upper-cased and spaces and dashes are removed first, so {@code "1m8 gdm9-axkp042788"} reads
     * as {@code 1M8GDM9AXKP042788}; nothing else is corrected: an O typed for a 0 is reported, not guessed. Each
     * problem names its position. The check digit is mandatory for North American VINs (first character 1–5) and
     * informational elsewhere; see {@link CheckDigit}. Never throws for bad content: a wrong VIN gives a result
     * with problems.
     *
     * @param input the VIN; may be empty
     * @return what was found, never null
     * @throws NullPointerException if {@code input} is null
     */
    public static VinResult parse(String input) {
        return VinParser.parse(Objects.requireNonNull(input, "input"));
    }

    /**
     * Builds a VIN from its sections and computes position 9, the check digit (49 CFR 565): for test and
     * demonstration data. The sections are taken as given, upper-case, and must hold only VIN characters. Nothing
     * checks that the WMI is allocated or position 10 is a model year code: choose them so if the VIN must parse
     * as valid (a North American VIN needs a model year code).
     *
     * @param wmi 3 characters, positions 1–3
     * @param vds 5 characters, positions 4–8 (one fewer than {@link VinResult#vds()}: the check digit is added)
     * @param vis 8 characters, positions 10–17
     * @return the 17-character VIN
     * @throws IllegalArgumentException if a section has the wrong length or a character not allowed in a VIN
     */
    public static String generate(String wmi, String vds, String vis) {
        return VinWriter.write(Objects.requireNonNull(wmi, "wmi"), Objects.requireNonNull(vds, "vds"),
                Objects.requireNonNull(vis, "vis"));
    }
}
