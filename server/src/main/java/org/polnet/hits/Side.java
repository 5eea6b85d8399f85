package org.polnet.hits;

/** The two parties of a hit: the office that owns the record, and the office whose check matched it. */
public enum Side {
	OWNER, CHECKER
}
