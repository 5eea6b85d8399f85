package org.polnet.refusals;

/**
 * A request Polnet refuses, for a reason its message states in words fit to show the person who asked (never
 * anything about a record they may not see). Without a stack trace: refusals are answers, not faults, and FIND
 * refuses items thousands of times a second.
 */
public abstract sealed class RefusedException extends RuntimeException permits NotFoundException, NotAllowedException,
		InvalidInputException, ConflictException, TooLargeException, UnsupportedContentException {

	private static final long serialVersionUID = 1L;

	protected RefusedException(String message) {
		super(message, null, false, false);
	}
}
