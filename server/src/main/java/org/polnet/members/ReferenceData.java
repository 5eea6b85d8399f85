package org.polnet.members;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.polnet.csv.CsvReader;
import org.springframework.core.io.Resource;

/**
 * The member countries and offices as the reference data files describe them, checked for consistency, with
 * every member's National Central Bureau added to the offices.
 */
record ReferenceData(List<Member> members, List<Office> offices) {

	ReferenceData {
		members = List.copyOf(members);
		offices = List.copyOf(offices);
	}

	static ReferenceData read(Resource countries, Resource offices) {
		List<Member> members = CsvReader.readAll(text(countries)).stream().map(ReferenceData::member).toList();
		List<Office> organisationOffices = CsvReader.readAll(text(offices))
			.stream()
			.map(ReferenceData::office)
			.toList();
		List<Office> all = new ArrayList<>(organisationOffices);
		members.forEach(member -> all.add(ncbOf(member)));
		ReferenceData data = new ReferenceData(members, all);
		data.check();
		return data;
	}

	/**
	 * A National Central Bureau is named after its country, in each language: the data gives country names in
	 * four languages but city names in English only, and the country says at once whose bureau it is.
	 */
	static Office ncbOf(Member member) {
		LocalizedName country = member.name();
		LocalizedName name = new LocalizedName("NCB " + country.en(), "BCN " + country.fr(), "OCN " + country.es(),
				"المكتب المركزي الوطني في " + country.ar());
		return new Office(member.ncbCode(), OfficeType.NATIONAL_CENTRAL_BUREAU, name, member.ncbCity(),
				member.iso3(), List.of());
	}

	/** Which regional bureau serves each member that one serves, by ISO3 code. */
	Map<String, String> bureauCoverage() {
		Map<String, String> coverage = new HashMap<>();
		for (Office office : offices) {
			for (String iso3 : office.serves()) {
				String earlier = coverage.put(iso3, office.code());
				if (earlier != null) {
					throw new IllegalStateException(iso3 + " is served by both " + earlier + " and " + office.code());
				}
			}
		}
		return coverage;
	}

	private void check() {
		Set<String> iso3 = members.stream().map(Member::iso3).collect(Collectors.toSet());
		requireUnique("ISO3 code", members.stream().map(Member::iso3).toList());
		requireUnique("ISO2 code", members.stream().map(Member::iso2).toList());
		requireUnique("numeric code", members.stream().map(Member::numeric).toList());
		requireUnique("office code", offices.stream().map(Office::code).toList());
		for (Office office : offices) {
			if (!iso3.contains(office.countryIso3())) {
				throw new IllegalStateException(office.code() + " sits in " + office.countryIso3() + ", not a member");
			}
			if (!office.serves().isEmpty() && office.type() != OfficeType.REGIONAL_BUREAU) {
				throw new IllegalStateException(office.code() + " serves members but is not a regional bureau");
			}
			office.serves()
				.stream()
				.filter(served -> !iso3.contains(served))
				.findFirst()
				.ifPresent(served -> {
					throw new IllegalStateException(office.code() + " serves " + served + ", not a member");
				});
		}
		bureauCoverage();
	}

	private static void requireUnique(String what, List<String> values) {
		Set<String> seen = new HashSet<>();
		values.stream().filter(value -> !seen.add(value)).findFirst().ifPresent(duplicate -> {
			throw new IllegalStateException("Two rows have the " + what + " " + duplicate);
		});
	}

	private static Member member(Map<String, String> row) {
		String joined = row.get("joined");
		return new Member(row.get("iso2"), row.get("iso3"), row.get("numeric"), names(row),
				Region.ofLabel(row.get("region")), row.get("subregion"),
				joined == null || joined.isBlank() ? null : Integer.valueOf(joined), row.get("ncb_city"), Member.VOTES);
	}

	private static Office office(Map<String, String> row) {
		String serves = row.get("serves");
		return new Office(row.get("code"), OfficeType.valueOf(row.get("type")), names(row), row.get("city"),
				row.get("country_iso3"),
				serves == null || serves.isBlank() ? List.of() : Arrays.asList(serves.strip().split("\\s+")));
	}

	private static LocalizedName names(Map<String, String> row) {
		return new LocalizedName(row.get("name_en"), row.get("name_fr"), row.get("name_es"), row.get("name_ar"));
	}

	private static String text(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
		}
	}
}
