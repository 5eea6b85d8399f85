package org.polnet.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * How long a record may be kept before its owner must review it (the {@code review_at} column). The owner may
 * choose an earlier review date, never a later one.
 */
public enum ReviewPeriod {
	/** Nominal data: persons, their aliases and photos. */
	NOMINAL(5),
	/** Travel and identity documents (SLTD). */
	DOCUMENT(10),
	/** Biometric data of persons not yet identified (fingerprints, DNA profiles). */
	UNKNOWN_BIOMETRIC(15);

	private final int years;

	ReviewPeriod(int years) {
		this.years = years;
	}

	public int years() {
		return years;
	}

	/** The latest review date for a record created (or last reviewed and kept) on this day. */
	public LocalDate latestReviewAt(LocalDate from) {
		return from.plusYears(years);
	}

	/**
	 * The review date of a record created (or last reviewed and kept) on {@code from}: the latest the period
	 * allows, or the earlier date the owner asked for.
	 *
	 * @throws InvalidReviewDateException when the owner asks for a date after the latest the period allows, or
	 *                                    before {@code from}
	 */
	public LocalDate reviewAt(LocalDate from, @Nullable LocalDate requestedByOwner) {
		LocalDate latest = latestReviewAt(from);
		if (requestedByOwner == null) {
			return latest;
		}
		if (requestedByOwner.isAfter(latest)) {
			throw new InvalidReviewDateException(requestedByOwner, latest,
					"The review date %s is later than %s, the latest allowed for %s (%d years): the owner may shorten the period, never lengthen it"
						.formatted(requestedByOwner, latest, this, years));
		}
		if (requestedByOwner.isBefore(from)) {
			throw new InvalidReviewDateException(requestedByOwner, latest,
					"The review date %s is before the record's date %s".formatted(requestedByOwner, from));
		}
		return requestedByOwner;
	}

	/** As {@link #reviewAt(LocalDate, LocalDate)} for a record created at this instant (days counted in UTC). */
	public LocalDate reviewAt(Instant createdAt, @Nullable LocalDate requestedByOwner) {
		return reviewAt(LocalDate.ofInstant(createdAt, ZoneOffset.UTC), requestedByOwner);
	}
}
