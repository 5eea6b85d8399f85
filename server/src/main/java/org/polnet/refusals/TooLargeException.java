package org.polnet.refusals;

/** A file or a body larger than the limit it is told about. */
public final class TooLargeException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public TooLargeException(String message) {
		super(message);
	}
}
