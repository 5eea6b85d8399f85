package org.polnet.engines.names;

/** A person's sex as recorded; {@link #UNKNOWN} when not stated (then it neither helps nor hurts a match). */
public enum Sex {
    MALE, FEMALE, UNKNOWN
}
