package org.polnet.artworks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.records.PoliceRecord;

/** A record of the WoA database as an officer who may see it reads it, with its photos' numbers and history. */
public record Artwork(long id, String title, String maker, Category category, String period, String materials,
		String dimensions, String inscriptions, String description, @Nullable LocalDate stolenOn, String stolenPlace,
		@Nullable String stolenCountry, RecordAccess access, Instant createdAt, Instant updatedAt, LocalDate reviewAt,
		ArtworkStatus status, @Nullable String withdrawnReason, List<Integer> photos, List<StatusChange> history)
		implements PoliceRecord {

	public static final String DATABASE = "WOA";

	/** How the record is named in the audit trail, hits and links: {@code WOA-42}. */
	@Override
	public String reference() {
		return reference(id);
	}

	public static String reference(long id) {
		return DATABASE + "-" + id;
	}

	/** Open while the work is missing: its owner may change it; recovered and withdrawn records are history. */
	@Override
	public boolean active() {
		return status == ArtworkStatus.STOLEN;
	}

	@Override
	public String statusName() {
		return status.name();
	}

	/** What both sides of a hit may see of the record. */
	@Override
	public String summary() {
		String by = maker.isEmpty() ? "" : " by " + maker;
		return "%s \"%s\"%s, %s".formatted(words(category.name()), title, by, words(status.name()));
	}

	private static String words(String constant) {
		return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** One step of the record's status history. */
	public record StatusChange(ArtworkStatus status, @Nullable String reason, String changedBy, String office,
			Instant at) {
	}
}
