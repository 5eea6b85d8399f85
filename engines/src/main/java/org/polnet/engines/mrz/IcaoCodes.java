package org.polnet.engines.mrz;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The three-letter codes ICAO Doc 9303 part 3 uses for issuing states and nationalities: the
 * ISO 3166-1 alpha-3 country codes plus ICAO's own codes (Germany's {@code D}, the British
 * nationality categories, United Nations and other organisations, stateless persons and refugees,
 * the European Union). A code missing here is reported by the parser as a warning, never as an
 * error: new states and organisations appear, and specimens use the fictitious {@code UTO}.
 */
public final class IcaoCodes {

    /** ISO 3166-1 alpha-3 (2024). */
    private static final String ISO_3166_ALPHA_3 = """
            ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN
            BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN
            CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU
            DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR
            GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
            HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
            KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA
            MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
            NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL
            PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
            SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK
            TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
            VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
            """;

    /**
     * ICAO's additional codes (Doc 9303 part 3, 5): D Germany; GBD, GBN, GBO, GBP, GBS British
     * nationality categories; UNO, UNA, UNK United Nations; EUE European Union; XBA, XIM, XCC,
     * XCE, XCO, XEC, XES, XMP, XOM, XDC, XPO organisations (XPO: INTERPOL); XXA stateless, XXB
     * and XXC refugees, XXX unspecified nationality; RKS Kosovo as printed by its passports.
     */
    private static final String ICAO_SPECIAL = """
            D GBD GBN GBO GBP GBS UNO UNA UNK EUE XBA XIM XCC XCE XCO XEC XES XMP XOM XDC XPO
            XXA XXB XXC XXX RKS
            """;

    private static final Set<String> KNOWN = Arrays.stream((ISO_3166_ALPHA_3 + ICAO_SPECIAL).split("\\s+"))
            .filter(code -> !code.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private IcaoCodes() {
    }

    /**
     * Whether a code is a known ICAO state or organisation code. Accepts the code with or without
     * its filler: both {@code "D"} and {@code "D<<"} are known.
     */
    public static boolean isKnown(String code) {
        return KNOWN.contains(stripFiller(code));
    }

    /** All known codes, sorted, without filler. */
    public static Set<String> all() {
        return new TreeSet<>(KNOWN);
    }

    static String stripFiller(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == MrzParameters.FILLER) {
            end--;
        }
        return code.substring(0, end);
    }
}
