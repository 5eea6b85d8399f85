package org.polnet.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.CheckedItem;

/**
 * The answer to one checked document.
 *
 * @param result   {@code hit}, {@code no-hit}, or {@code error} when the item could not be checked
 * @param matches  the visible matching records (only for a hit)
 * @param error    what is wrong with the item (only for an error)
 * @param problems for a rejected MRZ: each problem with its line and position
 */
public record FindAnswer(int index, String result, List<FindMatch> matches, @Nullable String error,
		List<String> problems) {

	public static final String HIT = "hit";

	public static final String NO_HIT = "no-hit";

	public static final String ERROR = "error";

	static FindAnswer of(CheckedItem<FindMatch> checked) {
		if (checked.failed()) {
			return new FindAnswer(checked.index(), ERROR, List.of(), checked.error(), checked.problems());
		}
		return new FindAnswer(checked.index(), checked.matches().isEmpty() ? NO_HIT : HIT, checked.matches(), null,
				List.of());
	}

	public boolean hit() {
		return HIT.equals(result);
	}

	public boolean failed() {
		return ERROR.equals(result);
	}
}
