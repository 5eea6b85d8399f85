package org.polnet.access;

import java.time.LocalDate;

/**
 * An owner asked for a review date the record's {@link ReviewPeriod} does not allow. Forms show it as an error
 * on the review date field, naming {@link #latestAllowed()}.
 */
public class InvalidReviewDateException extends IllegalArgumentException {

	private final LocalDate requested;

	private final LocalDate latestAllowed;

	InvalidReviewDateException(LocalDate requested, LocalDate latestAllowed, String message) {
		super(message);
		this.requested = requested;
		this.latestAllowed = latestAllowed;
	}

	public LocalDate requested() {
		return requested;
	}

	public LocalDate latestAllowed() {
		return latestAllowed;
	}
}
