package org.polnet.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.CheckedItem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to one checked document.
 *
 * @param result   {@code hit}, {@code no-hit}, or {@code error} when the item could not be checked
 * @param matches  the visible matching records (only for a hit)
 * @param error    what is wrong with the item (only for an error)
 * @param problems for a rejected MRZ: each problem with its line and position
 */
@Schema(name = "FindAnswer") // the name the OpenAPI document has always given it
public record DocumentFindAnswer(int index, String result, List<DocumentMatch> matches, @Nullable String error,
		List<String> problems) {

	public static final String HIT = "hit";

	public static final String NO_HIT = "no-hit";

	public static final String ERROR = "error";

	static DocumentFindAnswer of(CheckedItem<DocumentMatch> checked) {
		if (checked.failed()) {
			return new DocumentFindAnswer(checked.index(), ERROR, List.of(), checked.error(), checked.problems());
		}
		return new DocumentFindAnswer(checked.index(), checked.matches().isEmpty() ? NO_HIT : HIT, checked.matches(), null,
				List.of());
	}

	public boolean hit() {
		return HIT.equals(result);
	}

	public boolean failed() {
		return ERROR.equals(result);
	}
}
