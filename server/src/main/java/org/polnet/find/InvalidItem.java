package org.polnet.find;

import java.util.List;

/**
 * An item that cannot be checked (an MRZ with a wrong check digit, an unknown country): answered as an error, while
 * the other items of its batch are still checked. Without a stack trace: a batch may hold many.
 */
public final class InvalidItem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<String> problems;

	/** @param problems each problem in detail (an MRZ's, with its line and position), or none */
	public InvalidItem(String message, List<String> problems) {
		super(message, null, false, false);
		this.problems = List.copyOf(problems);
	}

	public InvalidItem(String message) {
		this(message, List.of());
	}

	public List<String> problems() {
		return problems;
	}
}
