package org.polnet.members;

import java.sql.Types;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the members tables in line with the reference data files at every start, in one transaction: rows
 * are inserted or updated only where they differ, so a second start changes nothing. Members and offices
 * missing from the files are left in place: officers, records and the audit trail may still refer to them.
 */
@Component
class ReferenceDataLoader {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ReferenceDataLoader(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Runs before any bean that reads the tables is created, as those beans depend on this one. */
	@PostConstruct
	void loadFiles() {
		int changed = load(ReferenceData.read(new ClassPathResource("members/countries.csv"),
				new ClassPathResource("members/offices.csv")));
		log.info("Member reference data up to date ({} rows changed)", changed);
	}

	/** Upserts the data and returns how many rows it inserted, updated or deleted. */
	int load(ReferenceData data) {
		Integer changed = transaction.execute(status -> {
			int rows = 0;
			for (Member member : data.members()) {
				rows += upsert(member);
			}
			for (Office office : data.offices()) {
				rows += upsert(office);
			}
			return rows + coverage(data.bureauCoverage());
		});
		return changed == null ? 0 : changed;
	}

	private int upsert(Member member) {
		return jdbc.sql("""
				INSERT INTO members_country (iso3, iso2, numeric_code, name_en, name_fr, name_es, name_ar, region,
				                             subregion, joined, general_assembly_votes)
				VALUES (:iso3, :iso2, :numeric, :en, :fr, :es, :ar, :region, :subregion, :joined, :votes)
				ON CONFLICT (iso3) DO UPDATE SET iso2 = EXCLUDED.iso2, numeric_code = EXCLUDED.numeric_code,
				    name_en = EXCLUDED.name_en, name_fr = EXCLUDED.name_fr, name_es = EXCLUDED.name_es,
				    name_ar = EXCLUDED.name_ar, region = EXCLUDED.region, subregion = EXCLUDED.subregion,
				    joined = EXCLUDED.joined
				WHERE (members_country.iso2, members_country.numeric_code, members_country.name_en,
				       members_country.name_fr, members_country.name_es, members_country.name_ar,
				       members_country.region, members_country.subregion, members_country.joined)
				  IS DISTINCT FROM (EXCLUDED.iso2, EXCLUDED.numeric_code, EXCLUDED.name_en, EXCLUDED.name_fr,
				       EXCLUDED.name_es, EXCLUDED.name_ar, EXCLUDED.region, EXCLUDED.subregion, EXCLUDED.joined)""")
			.param("iso3", member.iso3())
			.param("iso2", member.iso2())
			.param("numeric", member.numeric())
			.param("en", member.name().en())
			.param("fr", member.name().fr())
			.param("es", member.name().es())
			.param("ar", member.name().ar())
			.param("region", member.region().name())
			.param("subregion", member.subregion())
			.param("joined", member.joined(), Types.SMALLINT)
			.param("votes", member.generalAssemblyVotes())
			.update();
	}

	private int upsert(Office office) {
		return jdbc.sql("""
				INSERT INTO members_office (code, type, name_en, name_fr, name_es, name_ar, city, country_iso3)
				VALUES (:code, :type, :en, :fr, :es, :ar, :city, :country)
				ON CONFLICT (code) DO UPDATE SET type = EXCLUDED.type, name_en = EXCLUDED.name_en,
				    name_fr = EXCLUDED.name_fr, name_es = EXCLUDED.name_es, name_ar = EXCLUDED.name_ar,
				    city = EXCLUDED.city, country_iso3 = EXCLUDED.country_iso3
				WHERE (members_office.type, members_office.name_en, members_office.name_fr, members_office.name_es,
				       members_office.name_ar, members_office.city, members_office.country_iso3)
				  IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.name_en, EXCLUDED.name_fr, EXCLUDED.name_es,
				       EXCLUDED.name_ar, EXCLUDED.city, EXCLUDED.country_iso3)""")
			.param("code", office.code())
			.param("type", office.type().name())
			.param("en", office.name().en())
			.param("fr", office.name().fr())
			.param("es", office.name().es())
			.param("ar", office.name().ar())
			.param("city", office.city())
			.param("country", office.countryIso3())
			.update();
	}

	/** Coverage is a plain relation: what the files no longer say is removed. */
	private int coverage(Map<String, String> bureauByMember) {
		int rows = bureauByMember.isEmpty() ? jdbc.sql("DELETE FROM members_bureau_coverage").update()
				: jdbc.sql("DELETE FROM members_bureau_coverage WHERE country_iso3 NOT IN (:covered)")
					.param("covered", List.copyOf(bureauByMember.keySet()))
					.update();
		for (Map.Entry<String, String> entry : bureauByMember.entrySet()) {
			rows += jdbc.sql("""
					INSERT INTO members_bureau_coverage (country_iso3, office_code) VALUES (:country, :office)
					ON CONFLICT (country_iso3) DO UPDATE SET office_code = EXCLUDED.office_code
					WHERE members_bureau_coverage.office_code <> EXCLUDED.office_code""")
				.param("country", entry.getKey())
				.param("office", entry.getValue())
				.update();
		}
		return rows;
	}
}
