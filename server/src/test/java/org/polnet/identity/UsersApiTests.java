package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.identity.officers.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The users API as NCB systems use it (API token with users:manage, over HTTP) and as a signed-in
 * administrator does (session, CSRF header): same rules as the pages, and bad input refused with a clear 4xx
 * that changes nothing.
 */
@PolnetIntegrationTest
class UsersApiTests {

	private static final String PASSWORD = "amber lighthouse keeps watch 7";

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApiTokenAdministration tokens;

	@Autowired
	Officers officers;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	private ApiClient tokenOf(String office, ApiScope... scopes) {
		IssuedApiToken issued = tokens.create(TestOfficers.ncbAdmin(office), new NewApiToken(unique("sys"), null,
				Set.of(scopes), tokens.today().plusMonths(1)));
		return new ApiClient(port, issued.secret());
	}

	private static String unique(String prefix) {
		return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String newUserJson(String username, String office, String role) {
		return """
				{"username":"%s","displayName":"Test %s","officeCode":"%s","roles":["%s"],"clearance":"FOR_OFFICIAL_USE_ONLY",\
				"initialPassword":"%s"}""".formatted(username, username, office, role, PASSWORD);
	}

	private long denials(String actor) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'identity.access-denied' AND outcome = 'DENIED'")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private String existingOfficer(String office) {
		String username = unique("api");
		officers.create(username, "Existing " + username, office, Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED,
				"{noop}unused", Instant.now());
		return username;
	}

	@Test
	void aTokenWithUsersManageCreatesReadsListsAndDisablesOfficersOfItsOffice() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);
		String username = unique("ken");

		HttpResponse<String> created = kenya.postJson("/api/v1/users", newUserJson(username, "NCB-KEN", "NCB_OFFICER"));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + username);
		assertThat(created.body()).contains("\"username\":\"" + username + "\"", "\"officeCode\":\"NCB-KEN\"",
				"\"enabled\":true", "\"secondFactorEnrolled\":false")
			.doesNotContain(PASSWORD, "password", "hash", "secret", "totp");
		assertThat(officers.byUsername(username)).hasValueSatisfying(officer -> {
			assertThat(officer.roles()).containsExactly(Role.NCB_OFFICER);
			assertThat(officer.hasSecondFactor()).isFalse();
		});
		assertThat(kenya.get("/api/v1/users/" + username).body()).contains("\"displayName\":\"Test " + username + "\"");
		assertThat(kenya.get("/api/v1/users").body()).contains("\"username\":\"" + username + "\"", "ken.officer")
			.doesNotContain("fra.officer");

		HttpResponse<String> disabled = kenya.postJson("/api/v1/users/" + username + "/disable", "");
		assertThat(disabled.statusCode()).isEqualTo(200);
		assertThat(disabled.body()).contains("\"enabled\":false");
		assertThat(officers.byUsername(username).orElseThrow().enabled()).isFalse();
		assertThat(jdbc.sql("SELECT actor_type FROM audit_entry WHERE action = 'identity.user.create' AND target = :target")
			.param("target", username)
			.query(String.class)
			.single()).isEqualTo("SYSTEM");
	}

	@Test
	void aTokenOfOneOfficeTouchingAnotherOfficesUsersIsRefusedChangesNothingAndIsRecorded() {
		IssuedApiToken issued = tokens.create(TestOfficers.ncbAdmin("NCB-FRA"), new NewApiToken(unique("sys"), null,
				Set.of(ApiScope.USERS_MANAGE), tokens.today().plusMonths(1)));
		ApiClient france = new ApiClient(port, issued.secret());
		String brazilian = existingOfficer("NCB-BRA");
		String planted = unique("planted");
		String escalated = unique("escalated");

		HttpResponse<String> read = france.get("/api/v1/users/" + brazilian);
		HttpResponse<String> list = france.get("/api/v1/users?office=NCB-BRA");
		HttpResponse<String> disable = france.postJson("/api/v1/users/" + brazilian + "/disable", "");
		HttpResponse<String> create = france.postJson("/api/v1/users", newUserJson(planted, "NCB-BRA", "NCB_OFFICER"));
		HttpResponse<String> escalate = france.postJson("/api/v1/users", newUserJson(escalated, "NCB-FRA", "GS_ADMIN"));

		// another office's user is answered as no user at all: whether they exist is not told
		HttpResponse<String> missing = france.get("/api/v1/users/" + unique("nobody"));
		HttpResponse<String> disableMissing = france.postJson("/api/v1/users/" + unique("nobody") + "/disable", "");
		assertThat(read.statusCode()).isEqualTo(404);
		assertThat(disable.statusCode()).isEqualTo(404);
		assertThat(read.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
			.isEqualTo(missing.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
		assertThat(disable.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
			.isEqualTo(disableMissing.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
		for (HttpResponse<String> response : List.of(list, create, escalate)) {
			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"status\":403").doesNotContain(brazilian + "\",\"displayName");
			assertThat(response.body()).contains("\"title\":\"Forbidden\"",
					"\"detail\":\"You may not manage this office's users or grant these roles. The attempt has been recorded.\"");
		}
		assertThat(officers.byUsername(brazilian).orElseThrow().enabled()).isTrue();
		assertThat(officers.byUsername(planted)).isEmpty();
		assertThat(officers.byUsername(escalated)).isEmpty();
		assertThat(denials(issued.token().username())).isEqualTo(5);
	}

	@Test
	void aTokenWithoutUsersManageIsRefusedWithAProblem() {
		ApiClient reader = tokenOf("NCB-KEN", ApiScope.MEMBERS_READ);
		String username = unique("ken");

		HttpResponse<String> list = reader.get("/api/v1/users");
		HttpResponse<String> create = reader.postJson("/api/v1/users", newUserJson(username, "NCB-KEN", "NCB_OFFICER"));

		assertThat(list.statusCode()).isEqualTo(403);
		assertThat(list.body()).contains("\"status\":403");
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(officers.byUsername(username)).isEmpty();
	}

	@Test
	void malformedJsonIsA400ProblemAndCreatesNobody() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);
		String username = unique("ken");

		HttpResponse<String> response = kenya.postJson("/api/v1/users",
				"{\"username\":\"" + username + "\",\"displayName\":\"Half a request");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("urn:polnet:problem:malformed-request");
		assertThat(officers.byUsername(username)).isEmpty();
	}

	@Test
	void missingOrInvalidFieldsAreA400ProblemNamingEachField() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);
		String username = unique("ken");

		HttpResponse<String> missing = kenya.postJson("/api/v1/users", """
				{"username":"%s","officeCode":"NCB-KEN","roles":[],"initialPassword":"%s"}""".formatted(username, PASSWORD));
		HttpResponse<String> weak = kenya.postJson("/api/v1/users", """
				{"username":"%s","displayName":"Weak","officeCode":"NCB-KEN","roles":["NCB_OFFICER"],\
				"clearance":"FOR_OFFICIAL_USE_ONLY","initialPassword":"password"}""".formatted(username));

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("urn:polnet:problem:validation", "\"field\":\"displayName\"",
				"\"field\":\"roles\"", "\"field\":\"clearance\"").doesNotContain("\"field\":\"username\"");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("\"field\":\"initialPassword\"", "at least 12 characters");
		assertThat(officers.byUsername(username)).isEmpty();
	}

	@Test
	void anUnknownRoleOrAWrongTypeIsA400ProblemNamingTheFieldWithoutEchoingTheValue() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);
		String username = unique("ken");

		HttpResponse<String> role = kenya.postJson("/api/v1/users", newUserJson(username, "NCB-KEN", "EMPEROR"));
		HttpResponse<String> clearance = kenya.postJson("/api/v1/users", newUserJson(username, "NCB-KEN", "NCB_OFFICER")
			.replace("\"FOR_OFFICIAL_USE_ONLY\"", "[\"TOP_SECRET\"]"));

		assertThat(role.statusCode()).isEqualTo(400);
		assertThat(role.body()).contains("urn:polnet:problem:validation", "\"field\":\"roles[0]\"")
			.doesNotContain("EMPEROR");
		assertThat(clearance.statusCode()).isEqualTo(400);
		assertThat(clearance.body()).contains("\"field\":\"clearance\"").doesNotContain("TOP_SECRET");
		assertThat(officers.byUsername(username)).isEmpty();
	}

	@Test
	void aTakenUsernameIsAConflictAndChangesNothing() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);

		HttpResponse<String> response = kenya.postJson("/api/v1/users", newUserJson("ken.officer", "NCB-KEN", "NCB_ADMIN"));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("\"field\":\"username\"", "already in use");
		assertThat(officers.byUsername("ken.officer").orElseThrow().roles()).containsExactly(Role.NCB_OFFICER);
	}

	@Test
	void aBodyOverOneMegabyteIsA413ProblemAndCreatesNobody() {
		ApiClient kenya = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE);
		String username = unique("ken");
		String padding = "x".repeat(1024 * 1024);

		HttpResponse<String> response = kenya.postJson("/api/v1/users", """
				{"username":"%s","displayName":"%s","officeCode":"NCB-KEN","roles":["NCB_OFFICER"],\
				"clearance":"FOR_OFFICIAL_USE_ONLY","initialPassword":"%s"}""".formatted(username, padding, PASSWORD));

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("urn:polnet:problem:body-too-large");
		assertThat(officers.byUsername(username)).isEmpty();
	}

	@Test
	void anUnknownUserIsA404Problem() {
		HttpResponse<String> response = tokenOf("NCB-KEN", ApiScope.USERS_MANAGE).get("/api/v1/users/nobody.here");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not Found\"", "\"detail\":\"No such user\"",
				"\"instance\":\"/api/v1/users/nobody.here\"");
	}

	@Test
	void aSignedInNcbAdministratorCreatesWithTheCsrfHeaderOnlyAndAForgedPostIsRecorded() throws Exception {
		CurrentOfficer admin = TestOfficers.officer(unique("admin"), "NCB-JPN", Role.NCB_ADMIN);
		String forged = unique("jpn");
		String created = unique("jpn");

		mvc.perform(post("/api/v1/users").with(authentication(TestOfficers.signedIn(admin)))
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUserJson(forged, "NCB-JPN", "NCB_OFFICER")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(post("/api/v1/users").with(authentication(TestOfficers.signedIn(admin)))
			.with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON)
			.content(newUserJson(created, "NCB-JPN", "NCB_SUPERVISOR")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/users/" + created))
			.andExpect(jsonPath("$.roles[0]").value("NCB_SUPERVISOR"));

		assertThat(officers.byUsername(forged)).isEmpty();
		assertThat(officers.byUsername(created)).isPresent();
		assertThat(denials(admin.username())).as("the forged post is recorded").isEqualTo(1);
	}

	@Test
	void aGsAdministratorListsAnyOfficeAndAnOfficerWhoIsNoAdministratorNone() throws Exception {
		mvc.perform(get("/api/v1/users").param("office", "NCB-JOR")
			.with(authentication(TestOfficers.signedIn(TestOfficers.gsAdmin()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'jor.admin')].officeCode").value("NCB-JOR"));
		mvc.perform(get("/api/v1/users")
			.with(authentication(TestOfficers.signedIn(TestOfficers.officer(unique("o"), "NCB-JOR", Role.NCB_OFFICER)))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
	}
}
