package org.polnet.persons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.access.RecordAccess;
import org.polnet.identity.Clearance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: at the first start (no person yet), thirteen clearly fictional persons recorded by the demo NCBs, with
 * names in Latin letters and in their original scripts (Arabic, Cyrillic, Chinese, Japanese, Greek, Hebrew, Korean,
 * Thai, Devanagari), full and partial dates of birth, and one record shared with only two countries. Each is checked
 * by the same rules as an officer's report.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoPersons implements ApplicationRunner {

	private static final String DEMO = "Fictional person, for demonstration only.";

	/** One demo person: the office that records them and what it writes. */
	record Demo(String office, PersonDraft draft) {
	}

	private final PersonRows rows;

	private final PersonRules rules;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoPersons(PersonRows rows, PersonRules rules, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.rows = rows;
		this.rules = rules;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM persons_person)").query(Boolean.class).single()) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		transactions.executeWithoutResult(status -> demos().forEach(demo -> {
			List<?> problems = rules.problems(demo.draft());
			if (!problems.isEmpty()) {
				throw new IllegalStateException("Demo person " + demo.draft().familyName() + ": " + problems);
			}
			RecordAccess access = new RecordAccess(demo.office(), demo.draft().classification(), demo.draft().scope(),
					demo.draft().countries());
			rows.insert(demo.draft(), access, today, Persons.KIND.reviewPeriod().latestReviewAt(today), "demo");
		}));
	}

	static List<Demo> demos() {
		return List.of(
				new Demo("NCB-JOR", person("Al-Rashidi", "Karim", "الراشدي", "كريم", List.of("Kareem Rashidi", "Karim El Rachidi"),
						Sex.MALE, 1984, 7, 12, "Irbid", "JOR", Set.of("JOR"), Set.of("ar", "en"), "DEMO-JOR-P1")),
				new Demo("NCB-JOR", person("Haddad", "Layla", "حداد", "ليلى", List.of("Leila Haddad"), Sex.FEMALE, 1986, null,
						null, "", "LBN", Set.of("LBN"), Set.of("ar", "fr"), "DEMO-JOR-P2", Clearance.CONFIDENTIAL)),
				new Demo("NCB-FRA", person("Volkova", "Irina", "Волкова", "Ирина", List.of("Irina Wolkowa"), Sex.FEMALE, 1991,
						3, null, "", "RUS", Set.of("RUS"), Set.of("ru", "fr"), "DEMO-FRA-P1")),
				new Demo("NCB-FRA", person("Papadopoulos", "Nikos", "Παπαδόπουλος", "Νίκος", List.of(), Sex.MALE, 1969, null,
						null, "Thessaloniki", "GRC", Set.of("GRC"), Set.of("el"), "DEMO-FRA-P2")),
				new Demo("NCB-FRA", restricted(person("Dubois-Martin", "Luc", "", "", List.of("Luc Dubois"), Sex.MALE, 1972,
						null, null, "Lyon", "FRA", Set.of("FRA"), Set.of("fr"), "DEMO-FRA-P3"), Set.of("FRA", "BRA"))),
				new Demo("NCB-JPN", person("Takahashi", "Yumi", "高橋", "由美", List.of(), Sex.FEMALE, 1988, 11, 2, "Osaka", "JPN",
						Set.of("JPN"), Set.of("ja", "en"), "DEMO-JPN-P1")),
				new Demo("NCB-JPN", person("Zhang", "Wei", "张", "伟", List.of("Chang Wei"), Sex.MALE, 1979, null, null, "", "CHN",
						Set.of("CHN"), Set.of("zh"), "DEMO-JPN-P2")),
				new Demo("NCB-JPN", person("Kim", "Min-jun", "김", "민준", List.of(), Sex.MALE, 2001, 1, null, "", "KOR",
						Set.of("KOR"), Set.of("ko"), "DEMO-JPN-P3")),
				new Demo("NCB-KEN", person("Otieno", "Brian Ouma", "", "", List.of(), Sex.MALE, 1990, null, null, "Kisumu", "KEN",
						Set.of("KEN"), Set.of("sw", "en"), "DEMO-KEN-P1")),
				new Demo("NCB-KEN", person("Srisuk", "Somchai", "ศรีสุข", "สมชาย", List.of(), Sex.MALE, 1980, null, null, "",
						"THA", Set.of("THA"), Set.of("th"), "DEMO-KEN-P2")),
				new Demo("NCB-KEN", person("Sharma", "Priya", "शर्मा", "प्रिया", List.of(), Sex.FEMALE, 1998, 9, 14, "Jaipur",
						"IND", Set.of("IND"), Set.of("hi", "en"), "DEMO-KEN-P3")),
				new Demo("NCB-BRA", person("Souza Lima", "Ana Beatriz", "", "", List.of("Ana Beatriz de Souza"), Sex.FEMALE,
						1995, 5, 30, "Recife", "BRA", Set.of("BRA"), Set.of("pt"), "DEMO-BRA-P1")),
				new Demo("NCB-BRA", person("Cohen", "Dana", "כהן", "דנה", List.of(), Sex.FEMALE, 1993, null, null, "", "ISR",
						Set.of("ISR", "BRA"), Set.of("he", "pt"), "DEMO-BRA-P2")));
	}

	private static PersonDraft person(String family, String forenames, String familyOriginal, String forenamesOriginal,
			List<String> aliases, Sex sex, int year, @Nullable Integer month, @Nullable Integer day, String place,
			String country, Set<String> nationalities, Set<String> languages, String reference) {
		return person(family, forenames, familyOriginal, forenamesOriginal, aliases, sex, year, month, day, place, country,
				nationalities, languages, reference, Clearance.FOR_OFFICIAL_USE_ONLY);
	}

	private static PersonDraft person(String family, String forenames, String familyOriginal, String forenamesOriginal,
			List<String> aliases, Sex sex, int year, @Nullable Integer month, @Nullable Integer day, String place,
			String country, Set<String> nationalities, Set<String> languages, String reference, Clearance classification) {
		return new PersonDraft(family, forenames, familyOriginal, forenamesOriginal, aliases, sex, year, month, day, place,
				country, nationalities, languages, null, null, "", "", "", List.of(), reference, DEMO, classification,
				AccessScope.ALL_MEMBERS, Set.of(), null);
	}

	private static PersonDraft restricted(PersonDraft draft, Set<String> countries) {
		return new PersonDraft(draft.familyName(), draft.forenames(), draft.familyNameOriginal(),
				draft.forenamesOriginal(), draft.aliases(), draft.sex(), draft.birthYear(), draft.birthMonth(),
				draft.birthDay(), draft.birthPlace(), draft.birthCountry(), draft.nationalities(), draft.languages(),
				draft.heightCm(), draft.weightKg(), draft.eyeColour(), draft.hairColour(), draft.distinguishingMarks(),
				draft.documents(), draft.nationalReference(), draft.remarks(), draft.classification(), AccessScope.ONLY_LISTED, countries,
				draft.reviewAt());
	}
}
