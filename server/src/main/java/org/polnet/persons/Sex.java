package org.polnet.persons;

/** A person's sex as recorded; {@code UNKNOWN} where the recording NCB does not know it. */
public enum Sex {
	FEMALE, MALE, UNKNOWN
}
