package org.polnet.members;

import java.util.List;

/**
 * An office of the organisation: the General Secretariat, a member's National Central Bureau, a regional bureau…
 *
 * @param code        stable code: {@code GS}, {@code NCB-FRA}, {@code RB-NAIROBI}, {@code LO-VIENNA}…
 * @param type        what kind of office it is
 * @param name        its name in the four languages
 * @param city        the city it sits in, in English
 * @param countryIso3 the member country it sits in
 * @param serves      for a regional bureau, the ISO3 codes of the members it serves; empty for other offices
 */
public record Office(String code, OfficeType type, LocalizedName name, String city, String countryIso3,
		List<String> serves) {

	private static final String NCB_PREFIX = "NCB-";

	public Office {
		serves = List.copyOf(serves);
	}

	/** The office code of a member's National Central Bureau: {@code NCB-} and its ISO3 code. */
	public static String ncbCode(String iso3) {
		return NCB_PREFIX + iso3;
	}

	public boolean isNationalCentralBureau() {
		return type == OfficeType.NATIONAL_CENTRAL_BUREAU;
	}
}
