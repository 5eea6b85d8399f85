package org.polnet.hits;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A check by one office that matched another office's record, and what each side said of it. Immutable: a
 * transition returns the hit as it is after the answer. Which officer may answer for which side is the
 * {@link HitDesk}'s business; the hit only knows that each side answers once.
 *
 * @param recordLink the record's page path; empty while the record has no page (then pages show the summary only)
 */
public record Hit(long id, String database, String recordReference, String recordSummary, String recordLink,
		String ownerOffice, String checkingOffice, String checkedBy, boolean checkedBySystem, @Nullable String place,
		String purpose, Instant checkedAt, String checkReference, Instant createdAt, @Nullable SideAnswer ownerAnswer,
		@Nullable SideAnswer checkerAnswer) {

	/** OPEN until both sides answered; then CONFIRMED when both confirmed, REJECTED when either rejected. */
	@JsonProperty // derived, yet what an API reader wants first
	public HitStatus status() {
		if (ownerAnswer == null || checkerAnswer == null) {
			return HitStatus.OPEN;
		}
		return ownerAnswer.answer() == Answer.CONFIRMED && checkerAnswer.answer() == Answer.CONFIRMED
				? HitStatus.CONFIRMED : HitStatus.REJECTED;
	}

	/** The side an office stands on in this hit, if any. */
	public Optional<Side> sideOf(String office) {
		if (office.equals(ownerOffice)) {
			return Optional.of(Side.OWNER);
		}
		return office.equals(checkingOffice) ? Optional.of(Side.CHECKER) : Optional.empty();
	}

	public @Nullable SideAnswer answerOf(Side side) {
		return side == Side.OWNER ? ownerAnswer : checkerAnswer;
	}

	public boolean awaits(Side side) {
		return answerOf(side) == null;
	}

	public String officeOf(Side side) {
		return side == Side.OWNER ? ownerOffice : checkingOffice;
	}

	Hit confirmByOwner(String officer, @Nullable String note, Instant at) {
		return answer(Side.OWNER, new SideAnswer(Answer.CONFIRMED, officer, at, note));
	}

	Hit rejectByOwner(String officer, @Nullable String note, Instant at) {
		return answer(Side.OWNER, new SideAnswer(Answer.REJECTED, officer, at, note));
	}

	Hit confirmByChecker(String officer, @Nullable String note, Instant at) {
		return answer(Side.CHECKER, new SideAnswer(Answer.CONFIRMED, officer, at, note));
	}

	Hit rejectByChecker(String officer, @Nullable String note, Instant at) {
		return answer(Side.CHECKER, new SideAnswer(Answer.REJECTED, officer, at, note));
	}

	/** The one transition for code that holds the side and the answer as values. */
	Hit answer(Side side, Answer answer, String officer, @Nullable String note, Instant at) {
		return switch (side) {
			case OWNER -> answer == Answer.CONFIRMED ? confirmByOwner(officer, note, at) : rejectByOwner(officer, note, at);
			case CHECKER -> answer == Answer.CONFIRMED ? confirmByChecker(officer, note, at)
					: rejectByChecker(officer, note, at);
		};
	}

	private Hit answer(Side side, SideAnswer answer) {
		if (!awaits(side)) {
			throw new AlreadyAnswered(id, side);
		}
		return new Hit(id, database, recordReference, recordSummary, recordLink, ownerOffice, checkingOffice,
				checkedBy, checkedBySystem, place, purpose, checkedAt, checkReference, createdAt,
				side == Side.OWNER ? answer : ownerAnswer, side == Side.CHECKER ? answer : checkerAnswer);
	}

	/** A side tried to answer a second time. */
	public static final class AlreadyAnswered extends RuntimeException {

		AlreadyAnswered(long id, Side side) {
			super("Hit " + id + " was already answered by its " + side.name().toLowerCase() + " side");
		}
	}
}
