package org.polnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.Set;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.ObjectMapper;

/** FIND for documents as border systems call it: hits, no hits, what stays hidden, bad input, limits, audit. */
@PolnetIntegrationTest
class FindDocumentsApiTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TravelDocuments documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApiTokenAdministration tokens;

	@LocalServerPort
	int port;

	private MockMvc mvc;

	private final CurrentOfficer france = TestOfficers.officer("fra.find", "NCB-FRA", Role.NCB_OFFICER);

	private final Authentication japaneseBorder = TestDocuments.system("jpn-border-find", "NCB-JPN", "find:documents");

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aScannedMrzOfAStolenPassportIsAHitWithWhatTheCallerMaySee() throws Exception {
		String number = TestDocuments.newNumber();
		TravelDocument stolen = documents.report(france, new DocumentDraft(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.STOLEN_ISSUED, LocalDate.of(2026, 2, 1), LocalDate.of(2021, 6, 30),
				LocalDate.of(2031, 6, 30), "PN-75-0042", "Stolen with a handbag at Gare du Nord",
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null), null);
		find(japaneseBorder, "{\"mrz\":" + quoted(TestDocuments.passportMrz("FRA", number))
				+ ",\"place\":\"Narita T1\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("hit"))
			.andExpect(jsonPath("$.matches[0].reference").value(stolen.reference()))
			.andExpect(jsonPath("$.matches[0].status").value("STOLEN_ISSUED"))
			.andExpect(jsonPath("$.matches[0].ownerOffice").value("NCB-FRA"))
			.andExpect(jsonPath("$.matches[0].ownerReference").value("PN-75-0042"))
			.andExpect(jsonPath("$.matches[0].stolenOrLostOn").value("2026-02-01"))
			.andExpect(jsonPath("$.matches[0].remarks").doesNotExist());
		assertThat(new AuditLog(auditEntries).of("jpn-border-find", "documents.find",
				target -> target != null && target.startsWith("SLTD FRA " + number + " hit")))
			.extracting(AuditRecord::purpose)
			.containsExactly("border check (place: Narita T1)");
	}

	@Test
	void typedNumbersCompareWithoutCaseSpacesOrDashesAndAnUnknownNumberIsNoHit() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.IDENTITY_CARD, DocumentStatus.LOST,
				null, "R-1"), null);
		String typed = number.substring(0, 3).toLowerCase() + " -" + number.substring(3);
		find(japaneseBorder, "{\"number\":\"" + typed + "\",\"issuingCountry\":\"fra\"}")
			.andExpect(jsonPath("$.result").value("hit"));
		find(japaneseBorder, "{\"number\":\"" + number + "\",\"issuingCountry\":\"FRA\",\"type\":\"PASSPORT\"}")
			.andExpect(jsonPath("$.result").value("no-hit"));
		find(japaneseBorder, "{\"number\":\"" + number + "\",\"issuingCountry\":\"BRA\"}")
			.andExpect(jsonPath("$.result").value("no-hit"));
	}

	@Test
	void aRecordTheCallerMayNotSeeIsNoHitForThem() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, new DocumentDraft(number, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null,
				null, null, "R-2", "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ONLY_LISTED, Set.of("BRA"), null),
				null);
		String body = "{\"number\":\"" + number + "\",\"issuingCountry\":\"FRA\"}";
		find(japaneseBorder, body).andExpect(status().isOk()).andExpect(jsonPath("$.result").value("no-hit"));
		find(TestDocuments.system("bra-border-find", "NCB-BRA", "find:documents"), body)
			.andExpect(jsonPath("$.result").value("hit"));
	}

	@Test
	void aWrongCheckDigitIsRejectedWithItsLineAndPosition() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null,
				""), null);
		String mrz = TestDocuments.withWrongCheckDigit(TestDocuments.passportMrz("FRA", number));
		find(japaneseBorder, "{\"mrz\":" + quoted(mrz) + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:invalid-document"))
			.andExpect(jsonPath("$.detail").value(containsString("line 2, position 10")))
			.andExpect(jsonPath("$.detail").value(containsString("check digit")))
			.andExpect(jsonPath("$.matches").doesNotExist());
	}

	@Test
	void aBatchAnswersEveryItemAndRejectsOnlyTheBadOnes() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT, DocumentStatus.LOST, null,
				""), null);
		String mrz = TestDocuments.passportMrz("FRA", number);
		String body = "{\"purpose\":\"flight AF276 passengers\",\"items\":[" //
				+ "{\"mrz\":" + quoted(mrz) + "}," //
				+ "{\"number\":\"" + TestDocuments.newNumber() + "\",\"issuingCountry\":\"FRA\"}," //
				+ "{\"mrz\":" + quoted(mrz.toLowerCase()) + "}," //
				+ "{\"number\":\"AB#12!\",\"issuingCountry\":\"FRA\"}," //
				+ "{\"number\":\"" + number + "\",\"issuingCountry\":\"ZZZ\"}, null]}";
		find(japaneseBorder, body).andExpect(status().isOk())
			.andExpect(jsonPath("$.answers.length()").value(6))
			.andExpect(jsonPath("$.answers[5].result").value("error"))
			.andExpect(jsonPath("$.answers[0].result").value("hit"))
			.andExpect(jsonPath("$.answers[1].result").value("no-hit"))
			.andExpect(jsonPath("$.answers[2].result").value("error"))
			.andExpect(jsonPath("$.answers[2].problems[0]").value(containsString("line 1, position")))
			.andExpect(jsonPath("$.answers[3].result").value("error"))
			.andExpect(jsonPath("$.answers[3].error").value(containsString("letters and digits")))
			.andExpect(jsonPath("$.answers[4].result").value("error"))
			.andExpect(jsonPath("$.answers[4].error").value(containsString("Unknown issuing country")));
		assertThat(new AuditLog(auditEntries).of("jpn-border-find", "documents.find")).extracting(AuditRecord::purpose)
			.filteredOn("flight AF276 passengers"::equals)
			.hasSize(6);
	}

	@Test
	void aBatchHasOneToAThousandItems() throws Exception {
		find(japaneseBorder, "{\"items\":[]}").andExpect(status().isBadRequest());
		String item = "{\"number\":\"X1\",\"issuingCountry\":\"FRA\"}";
		find(japaneseBorder, "{\"items\":[" + String.join(",", java.util.Collections.nCopies(1_001, item)) + "]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("1,000")));
	}

	@Test
	void aFieldBreakingItsLimitIsRefusedNamingTheFieldAndNothingIsChecked() throws Exception {
		Authentication border = TestDocuments.system("jpn-long-place", "NCB-JPN", "find:documents");
		find(border, "{\"number\":\"X1\",\"issuingCountry\":\"FRA\",\"place\":\"" + "x".repeat(201) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:validation"))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.detail").value("The request has invalid fields."))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("place"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("200")));
		mvc.perform(post("/api/v1/find/documents").contentType(MediaType.TEXT_PLAIN)
			.content("{\"number\":\"X1\",\"issuingCountry\":\"FRA\"}")
			.with(authentication(border))
			.with(csrf())).andExpect(status().isUnsupportedMediaType());
		assertThat(new AuditLog(auditEntries).of("jpn-long-place", null)).isEmpty();
	}

	@Test
	void aTokenWithoutTheFindScopeIsRefusedWithAProblem() throws Exception {
		find(TestDocuments.system("jpn-members-only", "NCB-JPN", "members:read"),
				"{\"number\":\"X1\",\"issuingCountry\":\"FRA\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:forbidden"));
		assertThat(new AuditLog(auditEntries).of("jpn-members-only", "documents.find")).isEmpty();
	}

	@Test
	void aSignedInOfficerMayCheckToo() throws Exception {
		mvc.perform(post("/api/v1/find/documents").contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\":\"X1\",\"issuingCountry\":\"FRA\"}")
			.with(authentication(TestOfficers.signedIn(TestOfficers.officer("ken.find", "NCB-KEN", Role.NCB_OFFICER))))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.result").value("no-hit"));
	}

	@Test
	void overHttpARealTokenWithoutTheScopeIsRefusedNoSessionIsMadeAndTheBenchmarkReferencesAreAbsent()
			throws Exception {
		IssuedApiToken membersOnly = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"), new NewApiToken(
				"jpn-directory-" + TestDocuments.newNumber().toLowerCase(), null, Set.of(ApiScope.MEMBERS_READ),
				LocalDate.now(ZoneOffset.UTC).plusMonths(1)));
		IssuedApiToken border = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"), new NewApiToken(
				"jpn-gates-" + TestDocuments.newNumber().toLowerCase(), null, Set.of(ApiScope.FIND_DOCUMENTS),
				LocalDate.now(ZoneOffset.UTC).plusMonths(1)));
		String body = "{\"number\":\"X1\",\"issuingCountry\":\"FRA\"}";

		HttpResponse<String> refused = postWithToken(membersOnly, "/api/v1/find/documents", body);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json.readTree(refused.body()).at("/type").asString()).isEqualTo("urn:polnet:problem:forbidden");

		HttpResponse<String> checked = postWithToken(border, "/api/v1/find/documents", body);
		assertThat(checked.statusCode()).isEqualTo(200);
		// a system client keeps nothing between requests
		assertThat(checked.headers().allValues("Set-Cookie")).isEmpty();

		assertThat(postWithToken(border, "/api/v1/find/documents/database-reference", body).statusCode()).isEqualTo(404);
		assertThat(postWithToken(border, "/api/v1/benchmark/nothing", body).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> postWithToken(IssuedApiToken token, String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + token.secret())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aCallerOverItsRateIsToldWhenToRetry() throws Exception {
		Authentication limited = TestDocuments.system("rate-limited-border-system", "NCB-JOR", "find:documents");
		String batch = "{\"items\":[{\"number\":\"X1\",\"issuingCountry\":\"FRA\"},{\"number\":\"X2\",\"issuingCountry\":\"FRA\"}]}";
		find(limited, batch).andExpect(status().isOk());
		find(limited, batch).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value("urn:polnet:problem:rate-limited"));
	}

	@Test
	void aHitRaisesAHitForTheOwnerButNotForItsOwnChecks() throws Exception {
		String number = TestDocuments.newNumber();
		TravelDocument stolen = documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.STOLEN_ISSUED, null, "R-3"), null);
		find(TestDocuments.system("fra-own-check", "NCB-FRA", "find:documents"),
				"{\"number\":\"" + number + "\",\"issuingCountry\":\"FRA\"}")
			.andExpect(jsonPath("$.result").value("hit"));
		find(japaneseBorder, "{\"number\":\"" + number + "\",\"issuingCountry\":\"FRA\"}")
			.andExpect(jsonPath("$.result").value("hit"));
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hits(stolen) == 1);
		assertThat(jdbc.sql("SELECT checking_office FROM hits_hit WHERE record_reference = ?")
			.param(stolen.reference())
			.query(String.class)
			.single()).isEqualTo("NCB-JPN");
	}

	/**
	 * The issue's "done when": an officer of one NCB reports a passport stolen; another country's border system
	 * checks its MRZ over HTTP with a real API token and gets a hit; the owner NCB sees the hit.
	 */
	@Test
	void aPassportReportedStolenInFranceIsFoundAtAJapaneseBorderAndFranceSeesTheHit() throws Exception {
		String number = TestDocuments.newNumber();
		TravelDocument stolen = documents.report(france, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.STOLEN_ISSUED, LocalDate.of(2026, 3, 1), "PN-DONE-1"), null);
		IssuedApiToken token = tokens.create(TestOfficers.ncbAdmin("NCB-JPN"),
				new NewApiToken("kansai-gates-" + number.toLowerCase(), null, Set.of(ApiScope.FIND_DOCUMENTS),
						LocalDate.now(ZoneOffset.UTC).plusMonths(1)));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/find/documents"))
				.header("Authorization", "Bearer " + token.secret())
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"mrz\":" + quoted(TestDocuments.passportMrz("FRA", number))
						+ ",\"place\":\"Kansai airport\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).at("/result").asString()).isEqualTo("hit");
		assertThat(json.readTree(response.body()).at("/matches/0/ownerReference").asString()).isEqualTo("PN-DONE-1");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> hits(stolen) == 1);
		mvc.perform(get("/api/v1/hits").param("side", "OWNER").param("size", "100")
			.with(authentication(TestOfficers.signedIn(france))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.recordReference == '" + stolen.reference() + "')].checkingOffice")
				.value("NCB-JPN"))
			.andExpect(jsonPath("$.hits[?(@.recordReference == '" + stolen.reference() + "')].place")
				.value("Kansai airport"));
	}

	private long hits(TravelDocument document) {
		return jdbc.sql("SELECT count(*) FROM hits_hit WHERE record_reference = ?")
			.param(document.reference())
			.query(Long.class)
			.single();
	}

	private ResultActions find(Authentication caller, String body) throws Exception {
		return mvc.perform(post("/api/v1/find/documents").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(authentication(caller))
			// a real system client sends a bearer token, which needs no CSRF token
			.with(csrf()));
	}

	private String quoted(String text) {
		return json.writeValueAsString(text);
	}
}
