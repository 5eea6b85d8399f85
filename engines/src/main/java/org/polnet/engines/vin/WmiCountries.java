package org.polnet.engines.vin;

import java.util.Optional;

/**
 * The country a world manufacturer identifier (WMI) was allocated to, read from its first two characters, and the
 * geographic zone of its first character.
 *
 * <p>Source: the country allocation of ISO 3780 as administered by SAE International (the WMI allocation agency),
 * in the long-standing form published in the English Wikipedia article "Vehicle identification number" (section
 * "World manufacturer identifier"). SAE has allocated some further ranges since: a pair reported here as
 * unassigned may be in use by now. Countries are ISO 3166-1 alpha-3 codes; a range allocated to a country that
 * no longer exists names its successor (SN–ST, the former GDR: Germany; XS–XW, the former USSR: Russia;
 * VX–V2, Yugoslavia: Serbia).
 */
final class WmiCountries {

    private WmiCountries() {
    }

    /** The order ISO 3780 uses for the second character of a range: letters first, then 1 to 9, then 0. */
    private static final String RANGE_ORDER = "ABCDEFGHJKLMNPRSTUVWXYZ1234567890";

    /** First character, last character of the range (inclusive, in {@link #RANGE_ORDER}), country. */
    private static final String[] TABLE = {
        // Africa
        "AA-AH ZAF", "AJ-AN CIV",
        "BA-BE AGO", "BF-BK KEN", "BL-BR TZA",
        "CA-CE BEN", "CF-CK MDG", "CL-CR TUN",
        "DA-DE EGY", "DF-DK MAR", "DL-DR ZMB",
        "EA-EE ETH", "EF-EK MOZ",
        "FA-FE GHA", "FF-FK NGA",
        // Asia
        "JA-J0 JPN",
        "KA-KE LKA", "KF-KK ISR", "KL-KR KOR", "KS-K0 KAZ",
        "LA-L0 CHN",
        "MA-ME IND", "MF-MK IDN", "ML-MR THA", "MS-M0 MMR",
        "NA-NE IRN", "NF-NK PAK", "NL-NR TUR",
        "PA-PE PHL", "PF-PK SGP", "PL-PR MYS",
        "RA-RE ARE", "RF-RK TWN", "RL-RR VNM", "RS-R0 SAU",
        // Europe
        "SA-SM GBR", "SN-ST DEU", "SU-SZ POL", "S1-S4 LVA",
        "TA-TH CHE", "TJ-TP CZE", "TR-TV HUN", "TW-T1 PRT",
        "UH-UM DNK", "UN-UT IRL", "UU-UZ ROU", "U5-U7 SVK",
        "VA-VE AUT", "VF-VR FRA", "VS-VW ESP", "VX-V2 SRB", "V3-V5 HRV", "V6-V0 EST",
        "WA-W0 DEU",
        "XA-XE BGR", "XF-XK GRC", "XL-XR NLD", "XS-XW RUS", "XX-X2 LUX", "X3-X0 RUS",
        "YA-YE BEL", "YF-YK FIN", "YL-YR MLT", "YS-YW SWE", "YX-Y2 NOR", "Y3-Y5 BLR", "Y6-Y0 UKR",
        "ZA-ZR ITA", "ZX-Z2 SVN", "Z3-Z5 LTU",
        // North America
        "1A-10 USA", "2A-20 CAN", "3A-3W MEX", "3X-37 CRI", "38-39 CYM", "4A-40 USA", "5A-50 USA",
        // Oceania
        "6A-6W AUS", "7A-7E NZL",
        // South America
        "8A-8E ARG", "8F-8K CHL", "8L-8R ECU", "8S-8W PER", "8X-82 VEN",
        "9A-9E BRA", "9F-9K COL", "9L-9R PRY", "9S-9W URY", "9X-92 TTO", "93-99 BRA",
    };

    /** Country by first and second character, each as its index in {@link #RANGE_ORDER}; null where unassigned. */
    private static final String[][] COUNTRIES = load();

    private static String[][] load() {
        var countries = new String[RANGE_ORDER.length()][RANGE_ORDER.length()];
        for (String row : TABLE) {
            int first = index(row.charAt(0));
            if (first != index(row.charAt(3))) {
                throw new IllegalStateException("range spans two first characters: " + row);
            }
            for (int second = index(row.charAt(1)); second <= index(row.charAt(4)); second++) {
                if (countries[first][second] != null) {
                    throw new IllegalStateException("overlapping ranges at " + row);
                }
                countries[first][second] = row.substring(6);
            }
        }
        return countries;
    }

    private static int index(char c) {
        int index = RANGE_ORDER.indexOf(c);
        if (index < 0) {
            throw new IllegalStateException("not a VIN character in the WMI table: " + c);
        }
        return index;
    }

    /** The ISO 3166-1 alpha-3 code of the country, empty if the pair is unassigned or not VIN characters. */
    static Optional<String> country(char first, char second) {
        int i = RANGE_ORDER.indexOf(first);
        int j = RANGE_ORDER.indexOf(second);
        return i < 0 || j < 0 ? Optional.empty() : Optional.ofNullable(COUNTRIES[i][j]);
    }

    /** The ISO 3780 zone of a first character; {@link Region#UNKNOWN} for 0 and characters not allowed. */
    static Region region(char first) {
        if (first >= 'A' && first <= 'H' && VinAlphabet.isAllowed(first)) {
            return Region.AFRICA;
        } else if (first >= 'J' && first <= 'R' && VinAlphabet.isAllowed(first)) {
            return Region.ASIA;
        } else if (first >= 'S' && first <= 'Z') {
            return Region.EUROPE;
        } else if (first >= '1' && first <= '5') {
            return Region.NORTH_AMERICA;
        } else if (first == '6' || first == '7') {
            return Region.OCEANIA;
        } else if (first == '8' || first == '9') {
            return Region.SOUTH_AMERICA;
        }
        return Region.UNKNOWN;
    }
}
