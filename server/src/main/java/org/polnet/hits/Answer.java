package org.polnet.hits;

/** What one side says of a hit. */
public enum Answer {
	CONFIRMED, REJECTED
}
