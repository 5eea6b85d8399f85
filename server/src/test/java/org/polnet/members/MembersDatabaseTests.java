package org.polnet.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reference data in the database, as the start-up refresh leaves it, and the public read API on it. */
@GroundModulesTest
class MembersDatabaseTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	Members members;

	@Autowired
	Offices offices;

	@Test
	void holds195MembersEachWithOneNcbAndOneVote() {
		assertThat(count("SELECT count(*) FROM members_country")).isEqualTo(195);
		assertThat(count("SELECT sum(general_assembly_votes) FROM members_country")).isEqualTo(195);
		assertThat(count("SELECT count(*) FROM members_office WHERE type = 'NATIONAL_CENTRAL_BUREAU'")).isEqualTo(195);
		assertThat(count("""
				SELECT count(*) FROM members_country c
				WHERE NOT EXISTS (SELECT 1 FROM members_office o WHERE o.code = 'NCB-' || c.iso3)""")).isZero();
		assertThat(count("SELECT count(*) FROM members_office WHERE type <> 'NATIONAL_CENTRAL_BUREAU'")).isEqualTo(12);
		assertThat(offices.office("GS")).hasValueSatisfying(gs -> assertThat(gs.city()).isEqualTo("Lyon"));
	}

	@Test
	void everyRegionalBureauServesExistingMembers() {
		List<Office> bureaus = offices.offices().stream().filter(office -> office.type() == OfficeType.REGIONAL_BUREAU).toList();
		assertThat(bureaus).extracting(Office::code)
			.containsExactlyInAnyOrder("RB-ABIDJAN", "RB-BUENOS-AIRES", "RB-HARARE", "RB-NAIROBI", "RB-SAN-SALVADOR",
					"RB-YAOUNDE");
		assertThat(bureaus).allSatisfy(bureau -> {
			assertThat(bureau.serves()).isNotEmpty();
			assertThat(bureau.serves()).allSatisfy(iso3 -> assertThat(members.byIso3(iso3)).isPresent());
		});
		assertThat(offices.office("RB-BUENOS-AIRES").orElseThrow().serves()).hasSize(12);
		assertThat(offices.bureauServing("civ")).hasValueSatisfying(bureau -> assertThat(bureau.code()).isEqualTo("RB-ABIDJAN"));
		assertThat(offices.bureauServing("FRA")).isEmpty();
	}

	@Test
	void aSecondRefreshChangesNothing() {
		int before = count("SELECT count(*) FROM members_country") + count("SELECT count(*) FROM members_office")
				+ count("SELECT count(*) FROM members_bureau_coverage");

		assertThat(loader.load(files())).isZero();

		int after = count("SELECT count(*) FROM members_country") + count("SELECT count(*) FROM members_office")
				+ count("SELECT count(*) FROM members_bureau_coverage");
		assertThat(after).isEqualTo(before).isEqualTo(195 + 207 + members.all().stream()
			.filter(member -> offices.bureauServing(member.iso3()).isPresent())
			.count());
	}

	@Test
	void aRefreshRestoresRowsThatDifferFromTheFiles() {
		jdbc.sql("UPDATE members_country SET name_fr = 'Frankreich' WHERE iso3 = 'FRA'").update();
		jdbc.sql("UPDATE members_bureau_coverage SET office_code = 'RB-HARARE' WHERE country_iso3 = 'KEN'").update();

		assertThat(loader.load(files())).isEqualTo(2);

		assertThat(jdbc.sql("SELECT name_fr FROM members_country WHERE iso3 = 'FRA'").query(String.class).single())
			.isEqualTo("France");
		assertThat(jdbc.sql("SELECT office_code FROM members_bureau_coverage WHERE country_iso3 = 'KEN'")
			.query(String.class)
			.single()).isEqualTo("RB-NAIROBI");
	}

	@Test
	void findsMembersByNameInAnyLanguageOrByCode() {
		assertThat(members.search("cote d ivoire", null)).extracting(Member::iso3).containsExactly("CIV");
		assertThat(members.search("Côte", null)).extracting(Member::iso3).containsExactly("CIV");
		assertThat(members.search("ساحل", null)).extracting(Member::iso3).containsExactly("CIV");
		assertThat(members.search("Allemagne", null)).extracting(Member::iso3).containsExactly("DEU");
		assertThat(members.search("alemania", null)).extracting(Member::iso3).containsExactly("DEU");
		assertThat(members.search("de", null).getFirst().iso3()).isEqualTo("DEU");
		assertThat(members.search("fra", null).getFirst().iso3()).isEqualTo("FRA");
	}

	@Test
	void filtersByRegion() {
		assertThat(members.search("", Region.MIDDLE_EAST_NORTH_AFRICA)).hasSize(17);
		assertThat(members.search("guinea", Region.AFRICA)).extracting(Member::iso3)
			.containsExactlyInAnyOrder("GIN", "GNB", "GNQ");
		assertThat(members.search("guinea", Region.ASIA_SOUTH_PACIFIC)).extracting(Member::iso3).containsExactly("PNG");
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}

	private static ReferenceData files() {
		return ReferenceData.read(new ClassPathResource("members/countries.csv"),
				new ClassPathResource("members/offices.csv"));
	}
}
