package org.polnet.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

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

	static FindAnswer of(int index, List<FindMatch> matches) {
		return new FindAnswer(index, matches.isEmpty() ? NO_HIT : HIT, List.copyOf(matches), null, List.of());
	}

	static FindAnswer error(int index, String error, List<String> problems) {
		return new FindAnswer(index, ERROR, List.of(), error, List.copyOf(problems));
	}

	public boolean hit() {
		return HIT.equals(result);
	}

	public boolean failed() {
		return ERROR.equals(result);
	}
}
