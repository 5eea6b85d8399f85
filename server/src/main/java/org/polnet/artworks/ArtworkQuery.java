package org.polnet.artworks;

import org.jspecify.annotations.Nullable;

/**
 * A search of the WoA database: words found in any field (case and accents ignored), and optional filters.
 *
 * @param text     the words; all must occur (in any field); blank for none, then newest first
 * @param category only this category, or null
 * @param country  only works stolen in this country (ISO 3166 alpha-3), or null
 * @param status   only records in this status, or null
 */
public record ArtworkQuery(@Nullable String text, @Nullable Category category, @Nullable String country,
		@Nullable ArtworkStatus status) {

	/** For the audit trail: what was searched. */
	public String describe() {
		StringBuilder out = new StringBuilder("q=").append(text == null ? "" : text.strip());
		if (category != null) {
			out.append(" category=").append(category);
		}
		if (country != null) {
			out.append(" country=").append(country);
		}
		if (status != null) {
			out.append(" status=").append(status);
		}
		return out.toString();
	}
}
