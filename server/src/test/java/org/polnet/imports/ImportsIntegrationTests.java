package org.polnet.imports;

import org.polnet.audit.AuditRecord;

import org.polnet.audit.AuditQuery;

import org.polnet.audit.AuditEntries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Bulk imports through the API and the page, into the test-only {@link TestRowsTarget}. */
@PolnetIntegrationTest
class ImportsIntegrationTests {

	private static final String API = "/api/v1/imports/" + TestRowsTarget.NAME;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	private final Authentication france = TestOfficers
		.signedIn(TestOfficers.officer("fra.imports", "NCB-FRA", Role.NCB_OFFICER));

	private final Authentication japan = TestOfficers
		.signedIn(TestOfficers.officer("jpn.imports", "NCB-JPN", Role.NCB_OFFICER));

	private final Authentication gs = TestOfficers.signedIn(TestOfficers.officer("gs.imports", "GS", Role.GS_OFFICER));

	/** A prefix making each test's document numbers (and so its files) its own on the shared database. */
	private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

	@Test
	void aCsvFileIsLoadedAndEveryValidRowCommitted() throws Exception {
		String csv = """
				country,number,kind,reported,remarks
				FRA,%1$s-1,PASSPORT,2026-01-02,"Stolen, with ""visa"" pages"
				FRA,%1$s-2,ID_CARD,,
				"FRA","%1$s-3","PASSPORT","2026-02-03","line one
				line two"
				""".formatted(run);
		long id = uploadCsv(csv, france);
		JsonNode job = finished(id);
		assertThat(job.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(counts(job)).containsExactly(3L, 3L, 0L, 3L, 0L, 0L);
		assertThat(audited("imports.upload", id)).singleElement()
			.asString()
			.contains("fra.imports", "NCB-FRA", TestRowsTarget.NAME, "sha256:" + job.get("sha256").asString());
		assertThat(audited("imports.completed", id)).singleElement()
			.asString()
			.contains("read 3, valid 3, rejected 0, new 3, changed 0, unchanged 0");
		assertThat(jdbc.sql("SELECT remarks FROM imports_test_row WHERE number = ?").param(run + "-1").query(String.class).single())
			.isEqualTo("Stolen, with \"visa\" pages");
		assertThat(jdbc.sql("SELECT remarks FROM imports_test_row WHERE number = ?").param(run + "-3").query(String.class).single())
			.isEqualTo("line one\nline two");
		assertThat(jdbc.sql("SELECT owner_office FROM imports_test_row WHERE number = ?").param(run + "-2").query(String.class).single())
			.isEqualTo("NCB-FRA");
	}

	@Test
	void aJsonLinesBodyFromASystemWithTheImportScopeIsLoaded() throws Exception {
		String lines = """
				{"country":"FRA","number":"%1$s-1","kind":"PASSPORT","reported":"2026-03-04"}
				{"country":"FRA","number":"%1$s-2","kind":"ID_CARD","remarks":null}
				""".formatted(run);
		MvcResult result = mvc
			.perform(post(API).param("fileName", "feed.jsonl")
				.contentType("application/x-ndjson")
				.content(lines.getBytes(StandardCharsets.UTF_8))
				.with(authentication(system("NCB-FRA", ApiScope.IMPORTS_WRITE)))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn();
		JsonNode job = finished(id(result));
		assertThat(job.get("format").asString()).isEqualTo("JSON_LINES");
		assertThat(counts(job)).containsExactly(2L, 2L, 0L, 2L, 0L, 0L);
	}

	@Test
	void aBrokenRowInTheMiddleIsRejectedWithItsLineAndReasonAndTheRestCommitted() throws Exception {
		String csv = """
				country,number,kind,reported,remarks
				FRA,%1$s-1,PASSPORT,,
				FRA,%1$s-2,PASS"PORT,,
				FRA,%1$s-3,PASSPORT
				JPN,%1$s-4,PASSPORT,,
				FRA,%1$s-5,PASSPORT,yesterday,
				FRA,%1$s-6,PASSPORT,,
				FRA,%1$s-1,ID_CARD,,
				""".formatted(run);
		long id = uploadCsv(csv, france);
		JsonNode job = finished(id);
		assertThat(counts(job)).containsExactly(7L, 2L, 5L, 2L, 0L, 0L);
		assertThat(jdbc.sql("SELECT number FROM imports_test_row WHERE number LIKE ? ORDER BY number")
			.param(run + "-%")
			.query(String.class)
			.list()).containsExactly(run + "-1", run + "-6");

		String report = mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", id).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = report.lines().toList();
		assertThat(lines.get(0)).isEqualTo("line,field,reason,raw");
		assertThat(lines).hasSize(6);
		assertThat(lines.get(1)).startsWith("3,,\"a double quote inside an unquoted field");
		assertThat(lines.get(2)).startsWith("4,,\"expected 5 cells as in the header, found 3\"");
		assertThat(lines.get(3)).startsWith("5,\"country\",\"only the NCB of the issuing country");
		assertThat(lines.get(4)).startsWith("6,\"reported\",\"not a date");
		assertThat(lines.get(5)).startsWith("8,,\"the same record as line 2\"");
	}

	@Test
	void theSameFileAgainAnswersTheEarlierJobAndChangesNothing() throws Exception {
		String csv = "country,number,kind\nFRA,%s-1,PASSPORT\n".formatted(run);
		long first = uploadCsv(csv, france);
		finished(first);
		long jobs = jobCount();
		mvc.perform(multipart(API).file(csvFile(csv)).with(authentication(france)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(first))
			.andExpect(jsonPath("$.rowsNew").value(1));
		assertThat(jobCount()).isEqualTo(jobs);
	}

	@Test
	void aChangedFileCountsIdenticalRowsAsUnchangedAndUpdatesChangedOnes() throws Exception {
		finished(uploadCsv("""
				country,number,kind,remarks
				FRA,%1$s-1,PASSPORT,a
				FRA,%1$s-2,PASSPORT,b
				FRA,%1$s-3,PASSPORT,c
				""".formatted(run), france));
		JsonNode second = finished(uploadCsv("""
				country,number,kind,remarks
				FRA,%1$s-1,PASSPORT,a
				FRA,%1$s-2,PASSPORT,b
				FRA,%1$s-3,ID_CARD,c
				FRA,%1$s-4,PASSPORT,d
				""".formatted(run), france));
		assertThat(counts(second)).containsExactly(4L, 4L, 0L, 1L, 1L, 2L);
		assertThat(jdbc.sql("SELECT kind FROM imports_test_row WHERE number = ?").param(run + "-3").query(String.class).single())
			.isEqualTo("ID_CARD");
	}

	@Test
	void aFiftyMegabyteUploadIsRefusedWith413AndNothingWritten() throws Exception {
		byte[] big = new byte[50 * 1024 * 1024];
		Arrays.fill(big, (byte) 'A');
		byte[] header = ("country,number,kind\nFRA," + run + "-1,PASSPORT\n").getBytes(StandardCharsets.UTF_8);
		System.arraycopy(header, 0, big, 0, header.length);
		long jobs = jobCount();
		mvc.perform(post(API).contentType("text/csv").content(big).with(authentication(france)).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.status").value(413));
		mvc.perform(multipart(API).file(new MockMultipartFile("file", "big.csv", "text/csv", big))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isContentTooLarge());
		assertThat(jobCount()).isEqualTo(jobs);
		assertThat(rowsOfThisRun()).isZero();
	}

	@Test
	void aHeaderWithAnUnknownColumnIsRefusedWith400AndNothingWritten() throws Exception {
		long jobs = jobCount();
		mvc.perform(multipart(API).file(csvFile("country,number,kind,colour\nFRA,%s-1,PASSPORT,red\n".formatted(run)))
			.with(authentication(france))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown column colour")));
		assertThat(jobCount()).isEqualTo(jobs);
	}

	@Test
	void aFileWhoseContentIsNotTheDeclaredFormatIsRefusedWith415AndNothingWritten() throws Exception {
		long jobs = jobCount();
		mvc.perform(post(API).contentType("text/csv")
			.content("{\"country\":\"FRA\",\"number\":\"%s-1\",\"kind\":\"PASSPORT\"}\n".formatted(run))
			.with(authentication(france))
			.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value("The file is declared as CSV but its content is JSON Lines."));
		assertThat(jobCount()).isEqualTo(jobs);
		assertThat(rowsOfThisRun()).isZero();
	}

	@Test
	void aTokenWithoutTheImportScopeIsForbidden() throws Exception {
		mvc.perform(post(API).contentType("text/csv")
			.content("country,number,kind\nFRA,%s-1,PASSPORT\n".formatted(run))
			.with(authentication(system("NCB-FRA", ApiScope.FIND_DOCUMENTS)))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(rowsOfThisRun()).isZero();
	}

	@Test
	void aJobIsVisibleToItsOfficeAndTheGeneralSecretariatOnly() throws Exception {
		long id = uploadCsv("country,number,kind\nFRA,%s-1,PASSPORT\n".formatted(run), france);
		finished(id);
		mvc.perform(get("/api/v1/imports/jobs/{id}", id).with(authentication(japan))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/jobs/{id}/rejections", id).with(authentication(japan)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/imports/{id}", id).with(authentication(japan))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/imports/jobs/{id}", id).with(authentication(gs))).andExpect(status().isOk());
	}

	@Test
	void theFieldsOfEachDatabaseAreDescribedInThePagesLanguage() throws Exception {
		String french = mvc.perform(get("/imports").param("lang", "fr").with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(french).contains("Date du signalement (AAAA-MM-JJ)", "Marque, 60 caractères au plus")
			.doesNotContain("Date reported (YYYY-MM-DD)");
		String arabic = mvc.perform(get("/imports").param("lang", "ar").with(authentication(france)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// a target without translations (the test one) keeps its own English descriptions
		assertThat(arabic).contains("تاريخ السرقة (YYYY-MM-DD)").contains("test-rows");
	}

	@Test
	void thePageUploadsAFileAndShowsTheJobsProgress() throws Exception {
		String page = mvc.perform(get("/imports").with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("test-rows").contains("enctype=\"multipart/form-data\"");

		MvcResult upload = mvc
			.perform(multipart("/imports").file(csvFile("country,number,kind\nFRA,%s-1,PASSPORT\nFRA,x,BOAT\n".formatted(run)))
				.param("target", TestRowsTarget.NAME)
				.with(authentication(france))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/imports/*"))
			.andReturn();
		long id = Long.parseLong(upload.getResponse().getRedirectedUrl().substring("/imports/".length()));
		String running = mvc.perform(get("/imports/{id}", id).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(running).contains("id=\"import-progress\"");
		finished(id);
		String progress = mvc.perform(get("/imports/{id}/progress", id).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(progress).contains("Completed").doesNotContain("hx-trigger").contains("/imports/" + id + "/rejections.csv");
		String report = mvc.perform(get("/imports/{id}/rejections.csv", id).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("3,\"kind\",\"must be one of");
	}

	@Test
	void aRunningJobsProgressFragmentPollsEverySecond() throws Exception {
		StringBuilder csv = new StringBuilder("country,number,kind\n");
		for (int i = 0; i < 200_000; i++) {
			csv.append("FRA,").append(run).append('-').append(i).append(",PASSPORT\n");
		}
		long id = uploadCsv(csv.toString(), france);
		String progress = mvc.perform(get("/imports/{id}/progress", id).with(authentication(france)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode job = finished(id);
		assertThat(counts(job)).containsExactly(200_000L, 200_000L, 0L, 200_000L, 0L, 0L);
		// the fragment was fetched while the job ran (200,000 rows take longer than one request)
		assertThat(progress).contains("hx-trigger=\"every 1s\"").contains("/imports/" + id + "/progress");
	}

	private long uploadCsv(String csv, Authentication who) throws Exception {
		MvcResult result = mvc.perform(multipart(API).file(csvFile(csv)).with(authentication(who)).with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn();
		return id(result);
	}

	private static MockMultipartFile csvFile(String csv) {
		return new MockMultipartFile("file", "feed.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private long id(MvcResult result) throws Exception {
		return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
	}

	private JsonNode finished(long id) {
		List<JsonNode> last = new ArrayList<>(1);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
			String body = mvc.perform(get("/api/v1/imports/jobs/{id}", id).with(authentication(france)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			JsonNode job = json.readTree(body);
			last.clear();
			last.add(job);
			return !"RUNNING".equals(job.get("status").asString());
		});
		return last.get(0);
	}

	private static List<Long> counts(JsonNode job) {
		return List.of(job.get("rowsRead").asLong(), job.get("rowsValid").asLong(), job.get("rowsRejected").asLong(),
				job.get("rowsNew").asLong(), job.get("rowsChanged").asLong(), job.get("rowsUnchanged").asLong());
	}

	/** Who, office and target of the audit entries of the action for the job. */
	private List<String> audited(String action, long job) {
		List<String> found = new ArrayList<>();
		auditEntries.forEach(new AuditQuery(null, null, action, null, null, null), entry -> {
			AuditRecord record = entry.record();
			if (record.target() != null && record.target().startsWith("job " + job + " ")) {
				found.add(record.actor() + " " + record.office() + " " + record.target());
			}
		});
		return found;
	}

	private long jobCount() {
		return jdbc.sql("SELECT count(*) FROM imports_job").query(Long.class).single();
	}

	private long rowsOfThisRun() {
		return jdbc.sql("SELECT count(*) FROM imports_test_row WHERE number LIKE ?").param(run + "-%").query(Long.class).single();
	}

	/** A system client of the office whose token carries the scope, as the bearer filter authenticates it. */
	private static Authentication system(String office, ApiScope scope) {
		CurrentOfficer client = new CurrentOfficer("token:imports-" + office.toLowerCase(), "Test system", office,
				"Office " + office, Set.of(Role.SYSTEM_CLIENT), Clearance.RESTRICTED);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.SYSTEM_CLIENT.authority()));
		authorities.add(new SimpleGrantedAuthority(scope.authority()));
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}
}
