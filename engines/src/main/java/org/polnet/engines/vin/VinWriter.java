package org.polnet.engines.vin;

import static org.polnet.engines.vin.Parameters.CHECK_DIGIT_POSITION;
import static org.polnet.engines.vin.Parameters.VDS_END;
import static org.polnet.engines.vin.Parameters.WMI_END;

/** Builds a VIN from its sections, computing the check digit: see {@link Vins#generate(String, String, String)}. */
final class VinWriter {

    private VinWriter() {
    }

    static final int VDS_WITHOUT_CHECK_DIGIT = CHECK_DIGIT_POSITION - 1 - WMI_END;
    static final int VIS_LENGTH = Parameters.LENGTH - VDS_END;

    static String write(String wmi, String vds, String vis) {
        require("wmi", wmi, WMI_END, "positions 1-3");
        require("vds", vds, VDS_WITHOUT_CHECK_DIGIT, "positions 4-8; the check digit at 9 is computed");
        require("vis", vis, VIS_LENGTH, "positions 10-17");
        var vin = new StringBuilder(wmi).append(vds).append('0').append(vis);
        vin.setCharAt(CHECK_DIGIT_POSITION - 1, VinAlphabet.checkDigit(vin));
        return vin.toString();
    }

    private static void require(String name, String section, int length, String positions) {
        if (section.length() != length) {
            throw new IllegalArgumentException(name + " must have " + length + " characters (" + positions
                    + "), not " + section.length() + ": \"" + section + "\"");
        }
        for (int i = 0; i < section.length(); i++) {
            if (!VinAlphabet.isAllowed(section.charAt(i))) {
                throw new IllegalArgumentException(name + " holds '" + section.charAt(i) + "', which is not allowed in"
                        + " a VIN (only digits and capital letters other than I, O and Q): \"" + section + "\"");
            }
        }
    }
}
