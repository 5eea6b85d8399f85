package org.polnet.artworks;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an officer writes to create or change a record; the owner office is always the officer's own.
 *
 * @param reviewAt the review date the owner asks for, earlier than the default 10 years; null for the default
 */
public record ArtworkDraft(@NotBlank @Size(max = 300) String title, @Size(max = 300) @Nullable String maker,
		@NotNull Category category, @Size(max = 200) @Nullable String period,
		@Size(max = 500) @Nullable String materials, @Size(max = 200) @Nullable String dimensions,
		@Size(max = 2000) @Nullable String inscriptions, @Size(max = 5000) @Nullable String description,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate stolenOn, @Size(max = 300) @Nullable String stolenPlace,
		@Pattern(regexp = "[A-Z]{3}") @Nullable String stolenCountry, @NotNull Clearance classification,
		@NotNull AccessScope accessScope, @Nullable Set<@Pattern(regexp = "[A-Z]{3}") String> accessCountries,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate reviewAt) implements RecordDraft {

	/** Blank optional texts become empty, the country list never null. */
	public ArtworkDraft {
		maker = clean(maker);
		period = clean(period);
		materials = clean(materials);
		dimensions = clean(dimensions);
		inscriptions = clean(inscriptions);
		description = clean(description);
		stolenPlace = clean(stolenPlace);
		stolenCountry = stolenCountry == null || stolenCountry.isBlank() ? null : stolenCountry.strip();
		accessCountries = accessCountries == null ? Set.of() : Set.copyOf(accessCountries);
		title = title == null ? "" : title.strip();
	}

	@Override
	public AccessScope scope() {
		return accessScope;
	}

	@Override
	public Set<String> countries() {
		return accessCountries;
	}

	private static String clean(@Nullable String text) {
		return text == null ? "" : text.strip();
	}
}
