package org.polnet.engines.vin;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link Vins#parse(String)} found in a VIN: whether it is valid, what is wrong with it position by position,
 * and what its structure tells. Immutable and safe to share between threads.
 *
 * <p>The sections follow ISO 3779: the world manufacturer identifier (WMI, positions 1–3), the vehicle descriptor
 * section (VDS, positions 4–9, position 9 being the check digit in North America) and the vehicle indicator
 * section (VIS, positions 10–17: model year, plant, serial number). The WMI, country and region are read from the
 * start of the input whatever its length, which helps with partial or mistyped VINs; everything else needs
 * exactly 17 characters.
 */
public final class VinResult {

    private final String vin;
    private final List<VinProblem> problems;
    private final CheckDigit checkDigit;
    private final Optional<String> country;
    private final Region region;
    private final List<Integer> modelYears;
    private final OptionalInt northAmericanLightVehicleModelYear;

    VinResult(String vin, List<VinProblem> problems, CheckDigit checkDigit, Optional<String> country, Region region,
            List<Integer> modelYears, OptionalInt northAmericanLightVehicleModelYear) {
        this.vin = vin;
        this.problems = List.copyOf(problems);
        this.checkDigit = checkDigit;
        this.country = country;
        this.region = region;
        this.modelYears = List.copyOf(modelYears);
        this.northAmericanLightVehicleModelYear = northAmericanLightVehicleModelYear;
    }

    /**
     * True if there are no {@link #problems()}: 17 allowed characters and, for a North American VIN, a correct
     * check digit and a model year code at position 10. Validity says the VIN is well formed, not that a vehicle
     * with this VIN exists.
     */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** What is wrong, in order of position; empty for a valid VIN. */
    public List<VinProblem> problems() {
        return problems;
    }

    /**
     * The input as read: upper-cased, with spaces and dashes removed, because typed and printed VINs are often
     * grouped ({@code 1M8 GDM9 AXKP-042788}). Positions in {@link #problems()} count in this string.
     */
    public String vin() {
        return vin;
    }

    /** Positions 1–3, the world manufacturer identifier; shorter (or empty) if the input is. */
    public String wmi() {
        return part(1, Parameters.WMI_END);
    }

    /** Positions 4–9, the vehicle descriptor section; empty unless the VIN has 17 characters. */
    public String vds() {
        return hasFullLength() ? part(Parameters.WMI_END + 1, Parameters.VDS_END) : "";
    }

    /** Positions 10–17, the vehicle indicator section; empty unless the VIN has 17 characters. */
    public String vis() {
        return hasFullLength() ? part(Parameters.VDS_END + 1, Parameters.LENGTH) : "";
    }

    /**
     * The manufacturer's full identifier: the WMI, followed by positions 12–14 when position 3 is 9, the mark of a
     * manufacturer making fewer than 1,000 vehicles a year (those share a WMI and are told apart by 12–14).
     */
    public String manufacturerIdentifier() {
        if (hasFullLength() && smallManufacturer()) {
            return wmi() + part(Parameters.SMALL_MANUFACTURER_START, Parameters.SMALL_MANUFACTURER_END);
        }
        return wmi();
    }

    /** True if position 3 is 9: a small-volume manufacturer (fewer than 1,000 vehicles a year in 49 CFR 565). */
    public boolean smallManufacturer() {
        return vin.length() >= Parameters.WMI_END && vin.charAt(Parameters.WMI_END - 1)
                == Parameters.SMALL_MANUFACTURER_MARK;
    }

    /** What position 9 says: see {@link CheckDigit}. */
    public CheckDigit checkDigit() {
        return checkDigit;
    }

    /**
     * The ISO 3166-1 alpha-3 code of the country the WMI's first two characters are allocated to (ISO 3780), for
     * example {@code DEU} for {@code W}; empty if that pair is unassigned or missing.
     */
    public Optional<String> country() {
        return country;
    }

    /** The geographic zone of the first character (ISO 3780); {@link Region#UNKNOWN} if it has none. */
    public Region region() {
        return region;
    }

    /**
     * The model years position 10 can stand for, oldest first: the code repeats every 30 years, so {@code A} is
     * 1980 or 2010. Years from 1980 to 2039 are given. Empty if position 10 is not a model year code (U, Z and 0
     * are never one; outside North America position 10 need not hold the model year at all) or the VIN does not
     * have 17 characters.
     */
    public List<Integer> modelYears() {
        return modelYears;
    }

    /**
     * For a North American VIN, the one model year the position 7 rule of 49 CFR 565 picks: a letter at position 7
     * means 2010–2039, a digit 1980–2009. The rule binds passenger cars and multipurpose vehicles and trucks up to
     * 10,000 lb gross weight only, and nothing in the VIN says which kind of vehicle this is: for heavy trucks,
     * buses, trailers and motorcycles use {@link #modelYears()}. Empty for other regions or without a year code.
     */
    public OptionalInt northAmericanLightVehicleModelYear() {
        return northAmericanLightVehicleModelYear;
    }

    private boolean hasFullLength() {
        return vin.length() == Parameters.LENGTH;
    }

    /** Positions from and to, 1-based and inclusive, cut short by the end of the input. */
    private String part(int from, int to) {
        return vin.substring(Math.min(from - 1, vin.length()), Math.min(to, vin.length()));
    }

    @Override
    public String toString() {
        return "VinResult[" + vin + (valid() ? ", valid" : ", " + problems) + "]";
    }
}
