package org.polnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.imports.ImportFeeds;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** An NCB's national feed loaded into SLTD through the imports module, and found by FIND at once. */
@PolnetIntegrationTest
class SltdImportTests {

	private static final int PASSPORTS = 300;

	private static final String HEADER = "number,issuing_country,type,status,reported_on,stolen_or_lost_on,"
			+ "national_reference,remarks\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentRows sltdRows;

	@Autowired
	ObjectMapper json;

	private final Authentication france = TestOfficers
		.signedIn(TestOfficers.officer("fra.sltd.feed", "NCB-FRA", Role.NCB_OFFICER));

	private ImportFeeds feeds;

	@BeforeEach
	void franceFeeds() {
		feeds = new ImportFeeds(mvc, json, "sltd", france);
	}

	private final String run = "I" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

	@Test
	void anNcbFeedIsLoadedRowByRowIdempotentlyAndFoundByFindAtOnce() throws Exception {
		String feed = feed("");
		long first = feeds.upload(feed, status().isAccepted());
		JsonNode job = feeds.finished(first);
		assertThat(ImportFeeds.counts(job)).containsExactly(PASSPORTS + 2L, (long) PASSPORTS, 2L, (long) PASSPORTS, 0L, 0L);
		assertThat(recordsOfThisRun()).isEqualTo(PASSPORTS);
		// each new record carries its report: who loaded it, with which status
		assertThat(jdbc.sql("SELECT count(*) FROM documents_sltd WHERE normalised_number LIKE ? "
				+ "AND reported_by = 'fra.sltd.feed' AND reported_status = status AND reported_note = 'bulk import'")
			.param(run + "%")
			.query(Long.class)
			.single()).isEqualTo(PASSPORTS);
		assertThat(historyOfThisRun()).isZero();

		String report = mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", first).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the header is line 1: the broken row (after 150 passports) is line 152, the Japanese one line 303
		assertThat(report).contains("152,\"stolen_or_lost_on\",\"Not a date (YYYY-MM-DD): 31/02/2026\"")
			.contains("303,\"issuing_country\",\"Only the NCB of the issuing country records its documents (JPN)")
			.hasLineCount(3);
		assertThat(jdbc.sql("SELECT count(*) FROM documents_sltd WHERE issuing_country = 'JPN' AND normalised_number = ?")
			.param(run + "JPN1")
			.query(Long.class)
			.single()).isZero();

		// the same file again: the earlier job, nothing written
		assertThat(feeds.upload(feed, status().isOk())).isEqualTo(first);
		// the same rows in another file: every row unchanged, no history
		JsonNode again = feeds.finished(feeds.upload(feed + "\n", status().isAccepted()));
		assertThat(ImportFeeds.counts(again)).containsExactly(PASSPORTS + 2L, (long) PASSPORTS, 2L, 0L, 0L, (long) PASSPORTS);
		assertThat(historyOfThisRun()).isZero();

		// a changed file: only the changed rows are updated, each with one history row
		JsonNode changed = feeds.finished(feeds.upload(feed("changed"), status().isAccepted()));
		assertThat(ImportFeeds.counts(changed)).containsExactly(PASSPORTS + 2L, (long) PASSPORTS, 2L, 0L, 3L, PASSPORTS - 3L);
		assertThat(historyOfThisRun()).isEqualTo(3);
		// the history says each status the record was written with; the report keeps the first
		long amended = jdbc.sql("SELECT id FROM documents_sltd WHERE normalised_number = ?")
			.param(run + "110")
			.query(Long.class)
			.single();
		assertThat(sltdRows.historyOf(amended))
			.extracting(entry -> entry.change() + " " + entry.status() + " " + entry.changedBy() + " " + entry.note())
			.containsExactly("REPORTED STOLEN_ISSUED fra.sltd.feed bulk import",
					"AMENDED REVOKED fra.sltd.feed bulk import");
		assertThat(jdbc.sql("SELECT remarks FROM documents_sltd WHERE normalised_number = ?")
			.param(run + "10")
			.query(String.class)
			.single()).isEqualTo("changed");

		// FIND sees the imported records and their changes at once, under the ids they have in the table (the
		// first file's new records were copied in with ids drawn beforehand)
		long twenty = jdbc.sql("SELECT id FROM documents_sltd WHERE normalised_number = ?")
			.param(run + "20")
			.query(Long.class)
			.single();
		find(run + "-20").andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].reference").value("SLTD-" + twenty))
			.andExpect(jsonPath("$.matches[0].ownerReference").value("FEED-20"))
			.andExpect(jsonPath("$.matches[0].status").value("STOLEN_ISSUED"));
		find(run + " 110").andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].status").value("REVOKED"));
		find(run + "-BROKEN").andExpect(jsonPath("$.result").value("no-hit"));
		// the index's batches are not stored again, serialised, by the event publication registry
		assertThat(jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type LIKE '%DocumentsImported'")
			.query(Long.class)
			.single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions find(String number) throws Exception {
		return mvc
			.perform(post("/api/v1/find/documents").contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":\"" + number + "\",\"issuingCountry\":\"FRA\",\"type\":\"PASSPORT\"}")
				.with(authentication(TestDocuments.system("jpn-border-sltd-import", "NCB-JPN", "find:documents")))
				.with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void aNationalFeedsTokenLoadsItsOwnCountrysDocumentsButNoOtherCountrys() throws Exception {
		Authentication feedSystem = TestDocuments.system("fra-sltd-feed-system", "NCB-FRA", "imports:write");
		JsonNode job = feeds.finished(feeds.upload(HEADER + run + "-T1,FRA,PASSPORT,LOST,2026-03-01,,FEED-T1,\n" + run
				+ "-T2,JPN,PASSPORT,LOST,2026-03-01,,FEED-T2,\n", status().isAccepted(), feedSystem));
		assertThat(ImportFeeds.counts(job)).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
		assertThat(jdbc.sql("SELECT owner_office FROM documents_sltd WHERE normalised_number = ?")
			.param(run + "T1")
			.query(String.class)
			.single()).isEqualTo("NCB-FRA");
		find(run + "T1").andExpect(jsonPath("$.result").value("hit"));
	}

	@Test
	void aJsonLinesFeedSetsAccessAndReviewDateAndEachWrongFieldIsRejectedWithItsReason() throws Exception {
		String lines = """
				{"number":"%1$s-1","issuing_country":"fra","type":"identity_card","status":"LOST","reported_on":"2026-01-05","classification":"RESTRICTED","access_scope":"ONLY_LISTED","access_countries":"BEL DEU","review_at":"2030-01-01"}
				{"number":"%1$s-2","issuing_country":"FRA","type":"PASSPORT","status":"LOST","reported_on":"2026-01-05","review_at":"2037-01-01"}
				{"number":"%1$s-3","issuing_country":"FRA","type":"PASSPORT","status":"LOST","reported_on":"2026-01-05","access_scope":"ALL_EXCEPT_LISTED"}
				{"number":"%1$s-4","issuing_country":"FRA","type":"BOAT","status":"GONE","reported_on":"2026-01-05"}
				{"number":"%1$s-5","issuing_country":"FRA","type":"PASSPORT","status":"LOST","reported_on":"2026-01-05","issued_on":"2020-01-01","expires_on":"2019-01-01"}
				{"number":"%1$s-6","issuing_country":"ZZZ","type":"PASSPORT","status":"LOST","reported_on":"2026-01-05"}
				""".formatted(run);
		MvcResult result = mvc
			.perform(post("/api/v1/imports/sltd").param("fileName", "feed.jsonl")
				.contentType("application/x-ndjson")
				.content(lines.getBytes(StandardCharsets.UTF_8))
				.with(authentication(france))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn();
		long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
		assertThat(ImportFeeds.counts(feeds.finished(id))).containsExactly(6L, 1L, 5L, 1L, 0L, 0L);
		assertThat(jdbc.sql("SELECT document_type || ' ' || classification || ' ' || access_scope || ' ' "
				+ "|| array_to_string(access_countries, '+') || ' ' || review_at || ' ' || owner_office "
				+ "FROM documents_sltd WHERE normalised_number = ?")
			.param(run + "1")
			.query(String.class)
			.single()).isEqualTo("IDENTITY_CARD RESTRICTED ONLY_LISTED BEL+DEU 2030-01-01 NCB-FRA");
		String report = mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", id).with(authentication(france)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("2,\"review_at\",\"The review date 2037-01-01 is later than 2036-01-05")
			.contains("3,\"access_countries\",\"A record open to all members except some lists at least one country")
			.contains("4,\"type\",\"Unknown value BOAT")
			.contains("4,\"status\",\"Unknown value GONE")
			.contains("5,\"expires_on\",\"The expiry date is before the issue date.")
			.contains("6,\"issuing_country\",\"Unknown issuing country code");
	}

	/** A feed of {@value #PASSPORTS} FRA passports with a broken row after the 150th and a Japanese row at the end. */
	private String feed(String remarksOfEveryHundredth) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < PASSPORTS; i++) {
			if (i == 150) {
				csv.append(run).append("-BROKEN,FRA,PASSPORT,STOLEN_ISSUED,2026-03-01,31/02/2026,,\n");
			}
			boolean changed = i % 100 == 10 && !remarksOfEveryHundredth.isEmpty();
			String remarks = changed ? remarksOfEveryHundredth : "";
			csv.append(run).append('-').append(i).append(changed ? ",FRA,PASSPORT,REVOKED," : ",FRA,PASSPORT,STOLEN_ISSUED,")
				.append("2026-03-01,2026-02-27,FEED-")
				.append(i).append(',').append(remarks).append('\n');
		}
		csv.append(run).append("-JPN1,JPN,PASSPORT,LOST,2026-03-01,,,\n");
		return csv.toString();
	}

	private long recordsOfThisRun() {
		return jdbc.sql("SELECT count(*) FROM documents_sltd WHERE normalised_number LIKE ?")
			.param(run + "%")
			.query(Long.class)
			.single();
	}

	private long historyOfThisRun() {
		return jdbc.sql("SELECT count(*) FROM documents_sltd_history h JOIN documents_sltd d ON d.id = h.document_id "
				+ "WHERE d.normalised_number LIKE ?")
			.param(run + "%")
			.query(Long.class)
			.single();
	}
}
