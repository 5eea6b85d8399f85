package org.polnet.members;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A member country.
 *
 * @param iso2                 ISO 3166-1 alpha-2 code ({@code FR})
 * @param iso3                 ISO 3166-1 alpha-3 code ({@code FRA}), the member's key in Polnet
 * @param numeric              ISO 3166-1 numeric code, three digits with its leading zeros ({@code 004})
 * @param name                 short name in the four languages
 * @param region               the organisation's region
 * @param subregion            UN M49 geographic subregion, in English
 * @param joined               year the country joined, where a source confirmed it
 * @param ncbCity              city of its National Central Bureau, in English
 * @param generalAssemblyVotes votes in the General Assembly: one for every member
 */
public record Member(String iso2, String iso3, String numeric, LocalizedName name, Region region, String subregion,
		@Nullable Integer joined, String ncbCity, int generalAssemblyVotes) {

	/** Each member has one vote in the General Assembly. */
	public static final int VOTES = 1;

	/** The office code of its National Central Bureau, {@code NCB-FRA}. */
	public String ncbCode() {
		return Office.ncbCode(iso3);
	}

	/** The key of the subregion's name in the members message bundle. */
	public String subregionMessageKey() {
		return "members.subregion." + subregion.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
	}
}
