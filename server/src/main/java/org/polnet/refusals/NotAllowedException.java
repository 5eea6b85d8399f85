package org.polnet.refusals;

/** The person asking is known and may see the thing, but may not do this to it. */
public final class NotAllowedException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public NotAllowedException(String message) {
		super(message);
	}
}
