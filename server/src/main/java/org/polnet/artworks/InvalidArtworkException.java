package org.polnet.artworks;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A record an officer may not save as written (400): {@link #problem()} says what to correct. */
public class InvalidArtworkException extends ResponseStatusException {

	/** What is wrong; pages show {@code artworks.form.problem.<NAME>}. */
	public enum Problem {
		/** A country code names no member country. */
		UNKNOWN_COUNTRY,
		/** Countries listed for "all members", or none for "all members except". */
		ACCESS_LIST,
		/** A review date later than the period allows, or before the record's creation. */
		REVIEW_DATE
	}

	private final Problem problem;

	InvalidArtworkException(Problem problem, String reason) {
		super(HttpStatus.BAD_REQUEST, reason);
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
