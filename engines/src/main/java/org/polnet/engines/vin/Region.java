package org.polnet.engines.vin;

/**
 * The geographic zone of a world manufacturer identifier, given by its first character (ISO 3780): A–H Africa,
 * J–R Asia, S–Z Europe, 1–5 North America, 6–7 Oceania, 8–9 South America. It is where the manufacturer's
 * identifier was allocated, usually where the vehicle was built, not where it is registered.
 */
public enum Region {
    AFRICA,
    ASIA,
    EUROPE,
    NORTH_AMERICA,
    OCEANIA,
    SOUTH_AMERICA,
    /** The first character is 0, is not a VIN character, or there is none. */
    UNKNOWN
}
