package org.polnet.members;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The organisation's regions, as its regional conferences group the members. */
public enum Region {

	AFRICA("Africa"), AMERICAS("Americas"), ASIA_SOUTH_PACIFIC("Asia and South Pacific"), EUROPE("Europe"),
	MIDDLE_EAST_NORTH_AFRICA("Middle East and North Africa");

	private final String label;

	Region(String label) {
		this.label = label;
	}

	/** The English name, as the reference data file writes it. */
	public String label() {
		return label;
	}

	/** Reads a region by its constant name ({@code EUROPE}, any case) or its English name. */
	public static Optional<Region> parse(String text) {
		String wanted = text.strip();
		return Arrays.stream(values())
			.filter(region -> region.name().equalsIgnoreCase(wanted) || region.label.equalsIgnoreCase(wanted))
			.findFirst();
	}

	static Region ofLabel(String label) {
		return parse(label).orElseThrow(() -> new IllegalArgumentException("Unknown region: " + label));
	}

	/** The key of the region's name in the members message bundle. */
	public String messageKey() {
		return "members.region." + name().toLowerCase(Locale.ROOT);
	}
}
