package org.polnet.refusals;

/** Nothing of that name or number, as far as the person asking may know (a hidden record is refused alike). */
public non-sealed class NotFoundException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String message) {
		super(message);
	}
}
