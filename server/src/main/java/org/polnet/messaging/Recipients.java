package org.polnet.messaging;

import java.util.List;

import org.polnet.members.Region;

/**
 * Whom a message is addressed to: any mix of offices (by code: {@code NCB-BRA}, {@code GS}, {@code RB-NAIROBI}),
 * whole regions (their members' NCBs), every member's NCB, the General Secretariat. The sending office itself is
 * never among the recipients.
 */
public record Recipients(List<String> offices, List<Region> regions, boolean allMembers, boolean generalSecretariat) {

	public Recipients {
		offices = List.copyOf(offices);
		regions = List.copyOf(regions);
	}

	public static Recipients toOffices(String... codes) {
		return new Recipients(List.of(codes), List.of(), false, false);
	}

	public static Recipients toRegion(Region region) {
		return new Recipients(List.of(), List.of(region), false, false);
	}

	public static Recipients toAllMembers() {
		return new Recipients(List.of(), List.of(), true, false);
	}

	public static Recipients toGeneralSecretariat() {
		return new Recipients(List.of(), List.of(), false, true);
	}

	/** How the sender addressed it, as the message shows it: {@code NCB-BRA, region:AFRICA, all-members, GS}. */
	String label() {
		List<String> parts = new java.util.ArrayList<>(offices.stream().map(String::strip).map(String::toUpperCase).sorted().toList());
		regions.stream().map(region -> "region:" + region.name()).sorted().forEach(parts::add);
		if (allMembers) {
			parts.add("all-members");
		}
		if (generalSecretariat) {
			parts.add("GS");
		}
		return String.join(", ", parts);
	}
}
