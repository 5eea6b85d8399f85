package org.polnet.documents.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The purposes an officer states before reading a record; "other" needs words of their own. */
final class Purposes {

	static final List<String> CHOICES = List.of("investigation", "border-check", "verification", "other");

	private Purposes() {
	}

	/** The purpose to audit, or null when none (or "other" without words) was given. */
	static @Nullable String stated(@Nullable String purpose, @Nullable String other) {
		if (purpose == null || !CHOICES.contains(purpose)) {
			return null;
		}
		if (purpose.equals("other")) {
			return other == null || other.isBlank() ? null : "other: " + other.strip();
		}
		return purpose.replace('-', ' ');
	}
}
