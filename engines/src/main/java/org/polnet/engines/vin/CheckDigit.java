package org.polnet.engines.vin;

/**
 * What position 9 of a VIN says. The check digit (0–9 or X) is computed from the other 16 characters as 49 CFR 565
 * prescribes. It is mandatory for North American VINs (first character 1–5). Elsewhere it is optional: many
 * manufacturers put one there anyway, others use position 9 for something else, so outside North America a
 * mismatch is reported as {@link #INVALID} but does not make the VIN invalid.
 */
public enum CheckDigit {
    /** Position 9 holds the check digit computed from the other characters. */
    VALID,
    /**
     * Position 9 differs from the computed check digit: an error for a North American VIN (a mistyped or altered
     * VIN), for information only elsewhere.
     */
    INVALID,
    /** Outside North America, position 9 is a letter other than X: no check digit is used. */
    NOT_USED,
    /** The VIN does not have 17 VIN characters, so no check digit could be computed. */
    NOT_CHECKED
}
