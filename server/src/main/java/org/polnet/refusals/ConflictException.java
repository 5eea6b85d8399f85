package org.polnet.refusals;

/** The request contradicts what is recorded: a duplicate, a record already withdrawn, a stale state. */
public final class ConflictException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(message);
	}
}
