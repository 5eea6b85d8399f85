package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.DemoApiTokens;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.identity.officers.OfficerSessions;
import org.polnet.identity.officers.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who reaches the API and the operations endpoints, over HTTP as systems do: demo and scoped tokens, no token,
 * a revoked token; the API description; health and Prometheus metrics.
 */
@PolnetIntegrationTest
class ApiAccessTests {

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApiTokenAdministration tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Officers officers;

	@Autowired
	OfficerSessions sessions;

	@Autowired
	PasswordEncoder encoder;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	private IssuedApiToken issue(ApiScope... scopes) {
		// issued by the GS, which alone may grant the platform-wide scopes (metrics, audit)
		return tokens.create(TestOfficers.gsAdmin(), new NewApiToken(
				"test-" + UUID.randomUUID().toString().substring(0, 8), "NCB-BRA", Set.of(scopes),
				tokens.today().plusMonths(1)));
	}

	/** The secret of a demo NCB's token, as an operator reads it from the credentials file. */
	private String demoToken(String office) throws IOException {
		return Files.readString(dataDir.resolve(DemoApiTokens.FILE_NAME))
			.lines()
			.filter(line -> line.startsWith(office + " "))
			.findFirst()
			.orElseThrow()
			.split("\\s+")[2];
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status);
	}

	@Test
	void aDemoTokenReadsTheMembers() throws IOException {
		HttpResponse<String> response = new ApiClient(port, demoToken("NCB-KEN")).get("/api/v1/members");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body().split("\"iso3\"", -1)).hasSize(196);
	}

	@Test
	void aTokenWithoutMembersReadGetsA403ProblemAndTheRefusalIsRecorded() {
		IssuedApiToken documentsOnly = issue(ApiScope.FIND_DOCUMENTS);

		assertProblem(new ApiClient(port, documentsOnly.secret()).get("/api/v1/members"), 403);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'identity.access-denied'")
			.param("actor", documentsOnly.token().username())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void noTokenGetsA401ProblemAndARevokedTokenA401() {
		IssuedApiToken issued = issue(ApiScope.MEMBERS_READ);
		ApiClient client = new ApiClient(port, issued.secret());
		assertThat(client.get("/api/v1/members/FRA").statusCode()).isEqualTo(200);

		tokens.revoke(TestOfficers.ncbAdmin("NCB-BRA"), issued.token().id());

		assertProblem(client.get("/api/v1/members/FRA"), 401);
		assertProblem(new ApiClient(port, "").get("/api/v1/members"), 401);
	}

	@Test
	void anOfficersSessionOpensTheApiUntilItEndsThenTheApiAnswers401() {
		String username = "session." + UUID.randomUUID().toString().substring(0, 8);
		String password = "velvet compass orbit 31";
		officers.create(username, "Session Officer", "NCB-FRA", Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED,
				encoder.encode(password), Instant.now());
		Browser browser = new Browser(port);
		browser.get("/login");
		browser.post("/login", Map.of("username", username, "password", password));
		Matcher key = Pattern.compile("id=\"secret\">([A-Z2-7]+)<")
			.matcher(browser.get("/login/second-factor").body());
		assertThat(key.find()).isTrue();
		browser.post("/login/second-factor", Map.of("code", DemoPasswords.totpCode(key.group(1), 0)));
		assertThat(browser.get("/api/v1/members/FRA").statusCode()).isEqualTo(200);

		sessions.endAll(username);

		HttpResponse<String> ended = browser.get("/api/v1/members/FRA");
		assertProblem(ended, 401);
		assertThat(ended.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void theApiDescriptionListsMembersAndUsersWithProblemResponses() throws Exception {
		mvc.perform(get("/api/v1/openapi.json")
			.with(authentication(TestOfficers.signedIn(TestOfficers.officer("reader", "NCB-FRA", Role.NCB_OFFICER)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/members']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users'].post.responses['400'].content['application/problem+json']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/users/{username}'].get.responses['403'].content['application/problem+json']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/members/{iso3}'].get.responses['404'].content['application/problem+json']").exists())
			.andExpect(content().string(Matchers.containsString("users:manage")));
	}

	@Test
	void livenessIsPublic() {
		HttpResponse<String> response = new ApiClient(port, "").get("/actuator/health/liveness");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void prometheusMetricsNeedAGsAdministratorAnAuditorOrAMetricsToken() throws Exception {
		assertProblem(new ApiClient(port, "").get("/actuator/prometheus"), 401);
		mvc.perform(get("/actuator/prometheus")
			.with(authentication(TestOfficers.signedIn(TestOfficers.officer("watcher", "NCB-FRA", Role.NCB_OFFICER)))))
			.andExpect(status().isForbidden());
		assertProblem(new ApiClient(port, issue(ApiScope.MEMBERS_READ).secret()).get("/actuator/prometheus"), 403);

		for (Role role : new Role[] { Role.GS_ADMIN, Role.AUDITOR }) {
			mvc.perform(get("/actuator/prometheus")
				.with(authentication(TestOfficers.signedIn(TestOfficers.officer("ops", "GS", role)))))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/plain"))
				.andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")));
		}
		HttpResponse<String> scraped = new ApiClient(port, issue(ApiScope.METRICS_READ).secret())
			.get("/actuator/prometheus", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
		assertThat(scraped.statusCode()).isEqualTo(200);
		assertThat(scraped.body()).contains("# TYPE", "http_server_requests");
	}

	@Test
	void anAuditReadTokenReadsTheTrailAndOthersDoNot() throws Exception {
		HttpResponse<String> read = new ApiClient(port, issue(ApiScope.AUDIT_READ).secret())
			.get("/api/v1/audit/entries?size=5");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("entries");
		assertProblem(new ApiClient(port, issue(ApiScope.MEMBERS_READ).secret()).get("/api/v1/audit/entries"), 403);
	}
}
