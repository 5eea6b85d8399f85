package org.polnet.refusals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Input that breaks a rule: the message says what to correct; {@link #problems()} names each field at fault when
 * the rule is about fields, so that the API lists them and forms can mark them.
 */
public non-sealed class InvalidInputException extends RefusedException {

	private static final long serialVersionUID = 1L;

	/** One field at fault: its name as the caller wrote it ({@code number}, {@code items[2].vin}), and why. */
	public record Problem(@Nullable String field, String reason) {
	}

	private final transient List<Problem> problems;

	/** A refusal that names no field. */
	public InvalidInputException(String message) {
		this(message, List.of());
	}

	public InvalidInputException(String message, List<Problem> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/** The first problem's reason as the message, and every problem. */
	public static InvalidInputException of(List<Problem> problems) {
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("An invalid input has at least one problem");
		}
		return new InvalidInputException(problems.getFirst().reason(), problems);
	}

	public List<Problem> problems() {
		return problems;
	}
}
