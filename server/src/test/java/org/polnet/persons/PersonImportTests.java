package org.polnet.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.imports.ImportFeeds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** An NCB's persons loaded in bulk: every row checked as a report is, merged on the office's own reference. */
@PolnetIntegrationTest
class PersonImportTests {

	private static final String HEADER = "national_reference,recorded_on,family_name,forenames,family_name_original,"
			+ "forenames_original,aliases,sex,birth_year,nationalities\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Persons persons;

	private final CurrentOfficer jordan = TestOfficers.officer("jor.persons.feed", "NCB-JOR", Role.NCB_OFFICER);

	private final String run = "Feed" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);

	private ImportFeeds feeds;

	@BeforeEach
	void jordanFeeds() {
		feeds = new ImportFeeds(mvc, json, "persons", TestOfficers.signedIn(jordan));
	}

	@Test
	void aFeedIsCheckedRowByRowMergedOnTheOfficesReferenceAndLoadedAgainChangesNothing() throws Exception {
		String feed = HEADER
				+ run + "-1,2024-05-01," + run + ",Karim,قادري,كريم,Kareem " + run + "|K. " + run + ",MALE,1984,JOR\n"
				+ run + "-2,2024-05-01," + run + ",Rana,,,,FEMALE,1990,JOR LBN\n"
				+ run + "-3,2023-01-15," + run + ",Omar,,,,,,\n"
				// a Latin letter inside an Arabic word, and a row without the office's reference
				+ run + "-4,2024-05-01," + run + ",Sami,قاaدري,,,MALE,,\n"
				+ ",2024-05-01," + run + ",Nobody,,,,,,\n";

		JsonNode job = feeds.finished(feeds.upload(feed, status().isAccepted()));
		assertThat(ImportFeeds.counts(job)).containsExactly(5L, 3L, 2L, 3L, 0L, 0L);
		CurrentOfficer japan = TestOfficers.officer("jpn.persons.feed", "NCB-JPN", Role.NCB_OFFICER);
		assertThat(persons.search(japan, new PersonQuery("كريم قادري " + run, null, null, null), 0, 10, null).records())
			.extracting(Person::nationalReference)
			.containsExactly(run + "-1");
		Person omar = persons.search(japan, new PersonQuery("omar " + run, null, null, null), 0, 10, null).records().getFirst();
		assertThat(omar.reviewAt()).hasToString("2028-01-15");

		JsonNode again = feeds.finished(feeds.upload(feed + "\n", status().isAccepted()));
		assertThat(ImportFeeds.counts(again)).containsExactly(5L, 3L, 2L, 0L, 0L, 3L);

		JsonNode corrected = feeds.finished(feeds.upload(feed.replace(",Rana,", ",Rania,"), status().isAccepted()));
		assertThat(ImportFeeds.counts(corrected)).containsExactly(5L, 3L, 2L, 0L, 1L, 2L);
		assertThat(persons.search(japan, new PersonQuery("rania " + run, null, null, null), 0, 10, null).records())
			.hasSize(1);
	}
}
