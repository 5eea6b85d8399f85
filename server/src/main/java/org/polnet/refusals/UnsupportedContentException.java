package org.polnet.refusals;

/** Content of a kind Polnet does not take here: a photo that is no JPEG or PNG, a file in an unknown format. */
public final class UnsupportedContentException extends RefusedException {

	private static final long serialVersionUID = 1L;

	public UnsupportedContentException(String message) {
		super(message);
	}
}
