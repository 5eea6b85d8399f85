package org.polnet.members;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.searchtext.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The member countries. Reference data that changes only with a new release, so it is read from the database
 * once, after the start-up refresh, and served from memory.
 */
@Service
public class Members {

	private final List<Member> all;

	private final Map<String, Member> byIso3;

	private final Map<String, Member> byIso2;

	/** Each member's names in the four languages, folded for search. */
	private final Map<Member, List<String>> searchable;

	/** Takes the loader so that the tables are up to date before they are read. */
	Members(JdbcClient jdbc, ReferenceDataLoader loaded) {
		this.all = jdbc.sql("""
				SELECT c.*, o.city AS ncb_city
				FROM members_country c JOIN members_office o ON o.code = 'NCB-' || c.iso3
				ORDER BY c.name_en""")
			.query((rs, row) -> new Member(rs.getString("iso2"), rs.getString("iso3"), rs.getString("numeric_code"),
					new LocalizedName(rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"),
							rs.getString("name_ar")),
					Region.valueOf(rs.getString("region")), rs.getString("subregion"),
					rs.getObject("joined", Integer.class), rs.getString("ncb_city"), rs.getInt("general_assembly_votes")))
			.list();
		this.byIso3 = all.stream().collect(Collectors.toUnmodifiableMap(Member::iso3, Function.identity()));
		this.byIso2 = all.stream().collect(Collectors.toUnmodifiableMap(Member::iso2, Function.identity()));
		this.searchable = all.stream()
			.collect(Collectors.toUnmodifiableMap(Function.identity(), member -> List.of(
					SearchText.joined(member.name().en()), SearchText.joined(member.name().fr()),
					SearchText.joined(member.name().es()), SearchText.joined(member.name().ar()))));
	}

	/** Every member, in English alphabetical order. */
	public List<Member> all() {
		return all;
	}

	/** The member with this ISO 3166-1 alpha-3 code, in any case. */
	public Optional<Member> byIso3(String iso3) {
		return Optional.ofNullable(byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
	}

	/** The member with this ISO 3166-1 alpha-2 code, in any case. */
	public Optional<Member> byIso2(String iso2) {
		return Optional.ofNullable(byIso2.get(iso2.strip().toUpperCase(Locale.ROOT)));
	}

	/**
	 * Members whose name in any of the four languages contains the query (ignoring case, accents, spaces and
	 * punctuation) or whose ISO2 or ISO3 code is the query, in the region when one is given. A member whose
	 * code is the query comes first; the rest follow in English alphabetical order. A blank query matches all.
	 */
	public List<Member> search(String query, @Nullable Region region) {
		String folded = SearchText.joined(query);
		String code = query.strip().toUpperCase(Locale.ROOT);
		return all.stream()
			.filter(member -> region == null || member.region() == region)
			.filter(member -> folded.isEmpty() || hasCode(member, code)
					|| searchable.get(member).stream().anyMatch(name -> name.contains(folded)))
			.sorted(Comparator.comparing((Member member) -> !hasCode(member, code)))
			.toList();
	}

	private static boolean hasCode(Member member, String code) {
		return member.iso2().equals(code) || member.iso3().equals(code);
	}
}
