package org.polnet.persons;

import org.jspecify.annotations.Nullable;

/**
 * A search of the persons: every given criterion must hold.
 *
 * @param name        words of any of the person's names or aliases, in any order, accents and case ignored
 * @param nationality ISO 3166 alpha-3
 * @param birthYear   the year of birth
 */
public record PersonQuery(@Nullable String name, @Nullable String nationality, @Nullable Integer birthYear,
		@Nullable Sex sex) {
}
