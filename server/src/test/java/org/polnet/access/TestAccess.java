package org.polnet.access;

import java.util.List;
import java.util.Set;

import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.members.LocalizedName;
import org.polnet.members.Office;
import org.polnet.members.OfficeType;

/** Offices and officers for the access tests: a few NCBs, the GS, a regional bureau and a liaison office. */
public final class TestAccess {

	static final List<Office> OFFICES = List.of(office("GS", OfficeType.GENERAL_SECRETARIAT, "FRA"),
			office("NCB-FRA", OfficeType.NATIONAL_CENTRAL_BUREAU, "FRA"),
			office("NCB-DEU", OfficeType.NATIONAL_CENTRAL_BUREAU, "DEU"),
			office("NCB-USA", OfficeType.NATIONAL_CENTRAL_BUREAU, "USA"),
			office("NCB-KEN", OfficeType.NATIONAL_CENTRAL_BUREAU, "KEN"),
			office("RB-NAIROBI", OfficeType.REGIONAL_BUREAU, "KEN"), office("LO-VIENNA", OfficeType.LIAISON_OFFICE, "AUT"));

	private TestAccess() {
	}

	public static AccessPolicy policy() {
		return new AccessPolicy(OFFICES);
	}

	public static CurrentOfficer officer(String office, Clearance clearance, Role... roles) {
		return new CurrentOfficer("officer." + office.toLowerCase(), "Officer of " + office, office, office,
				Set.of(roles), clearance);
	}

	/** A system client of the office, as an API token authenticates it, carrying the given clearance. */
	static CurrentOfficer systemClient(String office, Clearance clearance) {
		return new CurrentOfficer("token:" + office.toLowerCase(), "Border system", office, office,
				Set.of(Role.SYSTEM_CLIENT), clearance);
	}

	private static Office office(String code, OfficeType type, String country) {
		return new Office(code, type, new LocalizedName(code, code, code, code), "City", country, List.of());
	}
}
