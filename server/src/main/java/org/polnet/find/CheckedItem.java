package org.polnet.find;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One item as FIND checked it: the matching records the checker may see, or why it could not be checked. Each
 * database answers it in its own shape.
 *
 * @param index    the item's place in its batch
 * @param matches  what the checker is shown of each matching record they may see; empty for no hit
 * @param error    why the item could not be checked, or null when it was
 * @param problems the error's problems in detail, if any
 */
public record CheckedItem<M>(int index, List<M> matches, @Nullable String error, List<String> problems) {

	static <M> CheckedItem<M> of(int index, List<M> matches) {
		return new CheckedItem<>(index, List.copyOf(matches), null, List.of());
	}

	static <M> CheckedItem<M> invalid(int index, InvalidItem invalid) {
		return new CheckedItem<>(index, List.of(), String.valueOf(invalid.getMessage()), invalid.problems());
	}

	public boolean failed() {
		return error != null;
	}
}
