package org.polnet.persons;

import org.jspecify.annotations.Nullable;

/**
 * A search for a person by name, typed in any script or transliteration and in any order, optionally with what is
 * known of the date of birth, the sex and a nationality (each helps the ranking when the record states it too).
 *
 * @param nationality ISO 3166 alpha-3
 */
public record PersonNameQuery(String name, @Nullable Integer birthYear, @Nullable Integer birthMonth,
		@Nullable Integer birthDay, @Nullable Sex sex, @Nullable String nationality) {
}
