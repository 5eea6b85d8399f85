package org.polnet.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditRecord;
import org.polnet.documents.TestDocuments;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.refusals.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The name search over persons: a name typed in another transliteration and order finds the person first with the
 * explanation, within the access rules, audited with its purpose; the index follows changes and is rebuilt from
 * PostgreSQL when it was built from other data; the compare API scores the same pair.
 */
@PolnetIntegrationTest
class PersonNameSearchTests {

	@Autowired
	Persons persons;

	@Autowired
	PersonRows rows;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	MockMvc mvc;

	private final CurrentOfficer jordan = TestOfficers.officer("jor.names", "NCB-JOR", Role.NCB_OFFICER);

	private final CurrentOfficer japan = TestOfficers.officer("jpn.names", "NCB-JPN", Role.NCB_OFFICER);

	@Test
	void aNameInArabicScriptIsFoundFirstUnderAnotherTransliterationInTheOtherOrderWithTheExplanation() throws Exception {
		Person recorded = persons.report(jordan, draft("Al-Zubaidi", "Tariq", "الزبيدي", "طارق", 1979, AccessScope.ALL_MEMBERS,
				Set.of()), null);

		List<PersonCandidate> found = persons.searchByName(japan,
				new PersonNameQuery("ZUBAYDI Tareq", 1979, null, null, null, null), "investigation", 20, null);

		assertThat(found).isNotEmpty();
		assertThat(found.getFirst().person().id()).isEqualTo(recorded.id());
		assertThat(found.getFirst().match()).isTrue();
		assertThat(found.getFirst().explanation()).isNotEmpty();
		assertThat(String.join("\n", found.getFirst().explanation()).toLowerCase()).contains("tare");
		// the same name typed in Arabic script
		assertThat(persons.searchByName(japan, new PersonNameQuery("طارق الزبيدي", null, null, null, null, null),
				"investigation", 20, null)).extracting(candidate -> candidate.person().id()).first().isEqualTo(recorded.id());
		assertThat(new AuditLog(auditEntries).of("jpn.names", "persons.search",
				target -> target != null && target.equals("name ZUBAYDI Tareq, born 1979")))
			.extracting(AuditRecord::purpose)
			.containsExactly("investigation");

		// the compare API answers the same pair with its score
		mvc.perform(post("/api/v1/names/compare")
			.with(authentication(TestDocuments.system("jpn.case-system", "NCB-JPN", "names:compare")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"left": {"names": ["ZUBAYDI Tareq"], "birthDate": "1979"},
					 "right": {"names": ["Tariq Al-Zubaidi", "طارق الزبيدي"], "birthDate": "1979"}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.match").value(true))
			.andExpect(jsonPath("$.score").value(found.getFirst().score()))
			.andExpect(jsonPath("$.threshold").value(0.7));
	}

	@Test
	void theSearchShowsOnlyThePersonsTheOfficerMaySee() {
		Person onlyJordan = persons.report(jordan, draft("Qatamish", "Fadwa", "قطامش", "فدوى", 1988, AccessScope.ONLY_LISTED,
				Set.of("JOR")), null);
		PersonNameQuery query = new PersonNameQuery("Fadwa Qatamesh", null, null, null, null, null);

		assertThat(persons.searchByName(japan, query, "investigation", 20, null)).extracting(c -> c.person().id())
			.doesNotContain(onlyJordan.id());
		assertThat(persons.searchByName(jordan, query, "investigation", 20, null)).extracting(c -> c.person().id())
			.contains(onlyJordan.id());
	}

	@Test
	void theIndexFollowsChangesAndIsRebuiltFromTheDatabaseWhenItWasBuiltFromOtherData(@org.junit.jupiter.api.io.TempDir Path directory)
			throws Exception {
		Person person = persons.report(jordan, draft("Barakat", "Hisham", "", "", 1990, AccessScope.ALL_MEMBERS, Set.of()), null);
		assertThat(found("Hisham Barakat")).contains(person.id());
		persons.withdraw(jordan, person.id(), "Entered twice", null);
		assertThat(found("Hisham Barakat")).doesNotContain(person.id());

		PersonNameIndex elsewhere = new PersonNameIndex(rows, directory);
		int before = elsewhere.size();
		elsewhere.close();
		Person later = persons.report(jordan, draft("Barakat", "Salma", "", "", 1991, AccessScope.ALL_MEMBERS, Set.of()), null);
		// the index under that directory did not see the report: at its next start it is rebuilt
		PersonNameIndex reopened = new PersonNameIndex(rows, directory);
		try {
			assertThat(reopened.size()).isEqualTo(before + 1);
			assertThat(reopened.candidates("Salma Barakat", 10)).contains(later.id());
		}
		finally {
			reopened.close();
		}
		assertThat(Files.exists(directory.resolve("index").resolve("persons"))).isTrue();
	}

	@Test
	void badSearchesAreRefusedFieldByField() throws Exception {
		assertRefused(new PersonNameQuery("   ", null, null, null, null, null), "name");
		assertRefused(new PersonNameQuery("...", null, null, null, null, null), "name");
		assertRefused(new PersonNameQuery("A".repeat(10_000), null, null, null, null, null), "name");
		assertRefused(new PersonNameQuery("Karim", 1980, 13, null, null, null), "birth_month");
		assertRefused(new PersonNameQuery("Karim", null, null, null, null, "XXX"), "nationalities");
		assertThatThrownBy(() -> persons.searchByName(japan, new PersonNameQuery("Karim", null, null, null, null, null), " ",
				20, null)).isInstanceOf(InvalidInputException.class);

		mvc.perform(post("/api/v1/names/compare")
			.with(authentication(TestDocuments.system("jpn.no-scope", "NCB-JPN", "members:read")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"left\": {\"names\": [\"A\"]}, \"right\": {\"names\": [\"B\"]}}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/names/compare").with(authentication(TestOfficers.signedIn(japan)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"left\": {\"names\": [\"Karim\"], \"birthDate\": \"1980-13\"}, \"right\": {\"names\": [\"Kareem\"]}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("left.birthDate"));
	}

	@Test
	void theNameSearchPageRanksAndExplainsInTheReadersLanguage() throws Exception {
		Person recorded = persons.report(jordan, draft("Shalabi", "Mahmoud", "شلبي", "محمود", 1975, AccessScope.ALL_MEMBERS,
				Set.of()), null);
		String page = mvc.perform(get("/persons/search").param("name", "Mahmud Chalabi").param("purpose", "investigation")
			.param("lang", "fr")
			.with(authentication(TestOfficers.signedIn(japan))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Trouver une personne par son nom").contains(recorded.reference()).contains("شلبي محمود");

		String withoutPurpose = mvc.perform(get("/persons/search").param("name", "Mahmud Chalabi")
			.with(authentication(TestOfficers.signedIn(japan))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(withoutPurpose).doesNotContain(recorded.reference()).contains("role=\"alert\"");
	}

	private List<Long> found(String name) {
		return persons.searchByName(japan, new PersonNameQuery(name, null, null, null, null, null), "investigation", 20, null)
			.stream()
			.map(candidate -> candidate.person().id())
			.toList();
	}

	private void assertRefused(PersonNameQuery query, String field) {
		assertThatThrownBy(() -> persons.searchByName(japan, query, "investigation", 20, null))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
				.extracting(InvalidInputException.Problem::field)
				.contains(field));
	}

	private static PersonDraft draft(String family, String forenames, String familyOriginal, String forenamesOriginal,
			@Nullable Integer year, AccessScope scope, Set<String> countries) {
		return new PersonDraft(family, forenames, familyOriginal, forenamesOriginal, List.of(), Sex.UNKNOWN, year, null,
				null, "", "", Set.of(), Set.of(), null, null, "", "", "", List.of(), "", "", Clearance.FOR_OFFICIAL_USE_ONLY,
				scope, countries, null);
	}
}
