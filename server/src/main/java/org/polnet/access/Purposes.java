package org.polnet.access;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.refusals.InvalidInputException;

/**
 * The purposes an officer states before reading a police record on a page ("other" needs words of their own): the
 * same choices in every database, so that the audit trail reads alike.
 */
public final class Purposes {

	public static final List<String> CHOICES = List.of("investigation", "border-check", "verification", "other");

	private Purposes() {
	}

	/** The purpose to audit, or null when none (or "other" without words) was given. */
	public static @Nullable String stated(@Nullable String purpose, @Nullable String other) {
		if (purpose == null || !CHOICES.contains(purpose)) {
			return null;
		}
		if (purpose.equals("other")) {
			return other == null || other.isBlank() ? null : "other: " + other.strip();
		}
		return purpose.replace('-', ' ');
	}

	/** Refused ({@link InvalidInputException}) unless a purpose is stated, in at most 500 characters: every consultation of police data has one. */
	public static void require(String purpose) {
		if (purpose.isBlank() || purpose.length() > 500) {
			throw new InvalidInputException("State the purpose (at most 500 characters).",
					List.of(new InvalidInputException.Problem("purpose", "State the purpose (at most 500 characters).")));
		}
	}
}
