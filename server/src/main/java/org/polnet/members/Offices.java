package org.polnet.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organisation's offices, every member's National Central Bureau among them. Other modules check an
 * officer's office code here and show office names. Read once after the start-up refresh, served from memory.
 */
@Service
public class Offices {

	private final List<Office> all;

	private final Map<String, Office> byCode;

	/** Which regional bureau serves a member, by the member's ISO3 code. */
	private final Map<String, Office> bureauByMember;

	/** Takes the loader so that the tables are up to date before they are read. */
	Offices(JdbcClient jdbc, ReferenceDataLoader loaded) {
		Map<String, List<String>> served = jdbc.sql("""
				SELECT office_code, country_iso3 FROM members_bureau_coverage ORDER BY country_iso3""")
			.query((rs, row) -> Map.entry(rs.getString("office_code"), rs.getString("country_iso3")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		this.all = jdbc.sql("SELECT * FROM members_office")
			.query((rs, row) -> office(rs, served.getOrDefault(rs.getString("code"), List.of())))
			.list()
			.stream()
			.sorted(Comparator.comparing(Office::type).thenComparing(office -> office.name().en()))
			.toList();
		this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(Office::code, Function.identity()));
		this.bureauByMember = all.stream()
			.flatMap(office -> office.serves().stream().map(iso3 -> Map.entry(iso3, office)))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Every office: the General Secretariat, regional bureaus, liaison, representation and innovation offices,
	 * then the National Central Bureaus, each group in English alphabetical order.
	 */
	public List<Office> offices() {
		return all;
	}

	/** The office with this code, in any case. An officer's office code is valid when this finds it. */
	public Optional<Office> office(String code) {
		return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
	}

	/** The National Central Bureau of the member with this ISO3 code. */
	public Optional<Office> ncbOf(String iso3) {
		return office(Office.ncbCode(iso3.strip().toUpperCase(Locale.ROOT)));
	}

	/** The regional bureau that serves the member with this ISO3 code, if one does. */
	public Optional<Office> bureauServing(String iso3) {
		return Optional.ofNullable(bureauByMember.get(iso3.strip().toUpperCase(Locale.ROOT)));
	}

	private static Office office(ResultSet rs, List<String> serves) throws SQLException {
		return new Office(rs.getString("code"), OfficeType.valueOf(rs.getString("type")),
				new LocalizedName(rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"),
						rs.getString("name_ar")),
				rs.getString("city"), rs.getString("country_iso3"), serves);
	}
}
