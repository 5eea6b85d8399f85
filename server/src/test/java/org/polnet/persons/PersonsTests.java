package org.polnet.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.access.RecordNotFoundException;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.documents.DocumentStatus;
import org.polnet.documents.DocumentType;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Person records: names in any script, partial dates of birth, who sees them, bad input, review, pages and API. */
@PolnetIntegrationTest
class PersonsTests {

	@Autowired
	Persons persons;

	@Autowired
	PersonRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.polnet.documents.TravelDocuments documents;

	private final CurrentOfficer jordan = TestOfficers.officer("jor.persons", "NCB-JOR", Role.NCB_OFFICER);

	private final CurrentOfficer japan = TestOfficers.officer("jpn.persons", "NCB-JPN", Role.NCB_OFFICER);

	private final CurrentOfficer france = TestOfficers.officer("fra.persons", "NCB-FRA", Role.NCB_OFFICER);

	/** A family name of this test run only, so that searches find this run's records. */
	private final String family = "Qadri" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);

	@Test
	void aPersonRecordedInArabicScriptIsFoundByAnotherNcbByEitherScriptInEitherOrder() {
		Person recorded = persons.report(jordan, draft(family, "Karim", "قادري", "كريم", List.of("Kareem " + family),
				1984, 7, 12, Set.of("JOR"), "R-" + family), null);

		assertThat(recorded.reference()).startsWith("PER-");
		assertThat(recorded.dateOfBirth()).isEqualTo("1984-07-12");
		assertThat(recorded.reviewAt()).isEqualTo(LocalDate.ofInstant(recorded.createdAt(), ZoneOffset.UTC).plusYears(5));
		assertThat(found(japan, "karim " + family.toUpperCase())).containsExactly(recorded.id());
		// Arabic words of the name, with this run's Latin family name so that other tests' records do not match
		assertThat(found(japan, "كريم قادري " + family)).containsExactly(recorded.id());
		assertThat(found(japan, "Kareem")).contains(recorded.id());
		assertThat(found(japan, "Karima " + family)).isEmpty();
		assertThat(new AuditLog(auditEntries).of("jpn.persons", "persons.search")).isNotEmpty();
	}

	@Test
	void aPartialDateOfBirthIsKeptAsFarAsItIsKnown() {
		Person yearOnly = persons.report(jordan, draft(family, "Samir", "", "", List.of(), 1990, null, null, Set.of(),
				"Y-" + family), null);
		Person yearAndMonth = persons.report(jordan, draft(family, "Rana", "", "", List.of(), 1991, 2, null, Set.of(),
				"M-" + family), null);

		assertThat(yearOnly.dateOfBirth()).isEqualTo("1990");
		assertThat(yearAndMonth.dateOfBirth()).isEqualTo("1991-02");
		assertThat(persons.search(japan, new PersonQuery(family, null, 1991, null), 0, 10, null).records())
			.extracting(Person::id)
			.containsExactly(yearAndMonth.id());
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsStored() {
		assertProblem(draft("A".repeat(10_000), "", "", "", List.of(), null, null, null, Set.of(), ""), "family_name");
		assertProblem(draft("...", "", "", "", List.of(), null, null, null, Set.of(), ""), "family_name");
		assertProblem(draft("   ", "", "", "", List.of(), null, null, null, Set.of(), ""), "family_name");
		// a Cyrillic а inside a Latin-looking word: a look-alike that defeats search
		assertProblem(draft(family, "", "Ивaнов", "", List.of(), null, null, null, Set.of(), ""), "family_name_original");
		assertProblem(draft(family, "", "", "", List.of("Jоhn Smith"), null, null, null, Set.of(), ""), "aliases");
		assertProblem(draft("Иванов", "", "", "", List.of(), null, null, null, Set.of(), ""), "family_name");
		int nextYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
		assertProblem(draft(family, "", "", "", List.of(), nextYear, 1, 1, Set.of(), ""), "birth_year");
		assertProblem(draft(family, "", "", "", List.of(), 1990, 2, 30, Set.of(), ""), "birth_day");
		assertProblem(draft(family, "", "", "", List.of(), null, 5, null, Set.of(), ""), "birth_year");
		assertProblem(draft(family, "", "", "", List.of(), null, null, null, Set.of("XXX"), ""), "nationalities");

		assertThat(jdbc.sql("SELECT count(*) FROM persons_person WHERE family_name LIKE ?")
			.param(family + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theOwnerDecidesWhichCountriesSeeTheRecordOnListsAndSingleRecords() {
		PersonDraft shared = draft(family, "Luc", "", "", List.of(), 1972, null, null, Set.of("FRA"), "S-" + family);
		Person onlyBrazil = persons.report(france, new PersonDraft(shared.familyName(), shared.forenames(), "", "",
				List.of(), Sex.MALE, 1972, null, null, "", "", Set.of("FRA"), Set.of(), null, null, "", "", "", List.of(),
				shared.nationalReference(), "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ONLY_LISTED, Set.of("BRA"),
				null), null);
		CurrentOfficer brazil = TestOfficers.officer("bra.persons", "NCB-BRA", Role.NCB_OFFICER);

		assertThat(found(brazil, family)).containsExactly(onlyBrazil.id());
		assertThat(found(japan, family)).isEmpty();
		assertThatThrownBy(() -> persons.view(japan, onlyBrazil.id(), "investigation", null))
			.isInstanceOf(RecordNotFoundException.class);
		assertThat(new AuditLog(auditEntries).of("jpn.persons", "persons.view", onlyBrazil.reference()::equals))
			.extracting(AuditRecord::outcome)
			.containsExactly(Outcome.DENIED);
		assertThat(persons.view(brazil, onlyBrazil.id(), "investigation", null).familyName()).isEqualTo(family);
	}

	@Test
	void anOfficeRecordsAPersonOnceUnderItsReferenceAndAnExpiredRecordLeavesSearch() {
		Person first = persons.report(jordan, draft(family, "Omar", "", "", List.of(), null, null, null, Set.of(),
				"D-" + family), null);
		assertThatThrownBy(() -> persons.report(jordan, draft(family, "Omar", "", "", List.of(), null, null, null,
				Set.of(), "D-" + family), null)).isInstanceOf(ConflictException.class);
		// another office may record the same person under the same reference of its own
		persons.report(france, draft(family, "Omar", "", "", List.of(), null, null, null, Set.of(), "D-" + family), null);

		jdbc.sql("UPDATE persons_person SET review_at = current_date - 1 WHERE id = ?").param(first.id()).update();
		assertThat(found(japan, family)).hasSize(1).doesNotContain(first.id());
	}

	@Test
	void theOwnerIsRemindedSixMonthsBeforeTheReviewAndKeepsTheRecordWithAReason() throws Exception {
		Person person = persons.report(jordan, draft(family, "Nadia", "", "", List.of(), 1980, null, null, Set.of(),
				"V-" + family), null);
		assertThat(persons.dueForReview(jordan, 0, 100, null).records()).extracting(Person::id).doesNotContain(person.id());
		jdbc.sql("UPDATE persons_person SET review_at = current_date + 30 WHERE id = ?").param(person.id()).update();

		assertThat(persons.dueForReview(jordan, 0, 100, null).records()).extracting(Person::id).contains(person.id());
		assertThat(persons.dueForReview(japan, 0, 100, null).records()).extracting(Person::id).doesNotContain(person.id());
		assertThat(page("/persons/review", jordan)).contains(person.reference());
		assertThat(page("/persons/" + person.id() + "?purpose=verification", jordan)).contains("/renew");

		assertThatThrownBy(() -> persons.renew(jordan, person.id(), " ", null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> persons.renew(japan, person.id(), "still wanted", null))
			.isInstanceOf(org.polnet.refusals.NotAllowedException.class);
		assertThat(new AuditLog(auditEntries).of("jpn.persons", "persons.renew", person.reference()::equals))
			.extracting(AuditRecord::outcome)
			.containsExactly(Outcome.DENIED);

		Person renewed = persons.renew(jordan, person.id(), "Investigation still open", null);
		LocalDate inFiveYears = LocalDate.now(ZoneOffset.UTC).plusYears(5);
		assertThat(renewed.reviewAt()).isEqualTo(inFiveYears);
		assertThat(persons.history(jordan, person.id())).extracting(h -> h.change() + " " + h.note())
			.contains("RENEWED Investigation still open");
		// an amendment afterwards counts the period from the renewal, not from the day the person was recorded
		Person amended = persons.amend(jordan, person.id(), draft(family, "Nadia Amal", "", "", List.of(), 1980, null,
				null, Set.of(), "V-" + family), null);
		assertThat(amended.reviewAt()).isEqualTo(inFiveYears);
	}

	private String page(String path, CurrentOfficer officer) throws Exception {
		return mvc.perform(get(path).with(authentication(TestOfficers.signedIn(officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anIdentityDocumentListedInSltdLinksToItsRecordForAnOfficerWhoMaySeeIt() throws Exception {
		String number = org.polnet.documents.TestDocuments.newNumber();
		org.polnet.documents.TravelDocument stolen = documents.report(france, org.polnet.documents.DocumentDraft.open(number,
				"FRA", DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED, LocalDate.of(2026, 1, 5), ""), null);
		String body = """
				{"familyName": "%s", "forenames": "Paul", "documents": "PASSPORT FRA %s\\nidentity-card FRA X99",
				 "nationalReference": "DOC-%s"}""".formatted(family, number, family);
		String created = mvc.perform(post("/api/v1/persons").with(authentication(TestOfficers.signedIn(france))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documents[1].type").value("IDENTITY_CARD"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));

		assertThat(page("/persons/" + id + "?purpose=investigation", japan)).contains(stolen.reference())
			.contains("/documents/" + stolen.id());
		mvc.perform(post("/api/v1/persons").with(authentication(TestOfficers.signedIn(france))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\": \"" + family + "\", \"documents\": \"PASSPORT\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("documents"));
	}

	@Test
	void everyDemoPersonPassesTheRulesOfAnOfficersReport() {
		assertThat(DemoPersons.demos()).hasSize(13)
			.allSatisfy(demo -> assertThat(rules.problems(demo.draft())).as(demo.draft().familyName()).isEmpty());
	}

	@Test
	void officersRecordThroughTheApiAndReadTheListPageInTheOriginalScript() throws Exception {
		String body = """
				{"familyName": "%s", "forenames": "Layla", "familyNameOriginal": "حداد", "forenamesOriginal": "ليلى",
				 "sex": "FEMALE", "birthYear": 1986, "nationalities": "LBN", "languages": "ar, fr",
				 "nationalReference": "API-%s"}""".formatted(family, family);
		mvc.perform(post("/api/v1/persons").with(authentication(TestOfficers.signedIn(jordan))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.languages[0]").value("ar"));
		mvc.perform(post("/api/v1/persons").with(authentication(TestOfficers.signedIn(jordan))).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"familyName\": \"" + family + "\", \"nationalities\": \"ZZZ\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("nationalities"));

		String page = mvc.perform(get("/persons").param("name", "حداد " + family)
			.with(authentication(TestOfficers.signedIn(japan))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(family.toUpperCase() + " Layla").contains("حداد ليلى");
	}

	private List<Long> found(CurrentOfficer officer, String name) {
		return persons.search(officer, new PersonQuery(name, null, null, null), 0, 20, null)
			.records()
			.stream()
			.map(Person::id)
			.toList();
	}

	private void assertProblem(PersonDraft draft, String field) {
		assertThatThrownBy(() -> persons.report(jordan, draft, null)).isInstanceOfSatisfying(InvalidInputException.class,
				refused -> assertThat(refused.problems()).extracting(InvalidInputException.Problem::field).contains(field));
	}

	private static PersonDraft draft(String family, String forenames, String familyOriginal, String forenamesOriginal,
			List<String> aliases, @Nullable Integer year, @Nullable Integer month, @Nullable Integer day,
			Set<String> nationalities, String reference) {
		return new PersonDraft(family, forenames, familyOriginal, forenamesOriginal, aliases, Sex.UNKNOWN, year, month,
				day, "", "", nationalities, Set.of(), null, null, "", "", "", List.of(), reference, "",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
	}
}
