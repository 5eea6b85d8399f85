package org.polnet.artworks;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A search result: enough to recognise the work, with its first photo's number (0 for none). */
public record ArtworkSummary(long id, String title, String maker, Category category, @Nullable LocalDate stolenOn,
		@Nullable String stolenCountry, ArtworkStatus status, String ownerOffice, int firstPhoto, double rank) {

	public String reference() {
		return Artwork.reference(id);
	}
}
