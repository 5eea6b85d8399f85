package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.OfficerSessions;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.secondfactor.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in, second factor, lockout, sessions, CSRF and administration, against the running server. */
@PolnetIntegrationTest
class SignInIntegrationTests {

	@org.springframework.beans.factory.annotation.Value("${polnet.data-dir}")
	java.nio.file.Path dataDir;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

	private static final String PASSWORD = "lantern harbour quietly 42";

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	OfficerSessions sessions;

	@Autowired
	JdbcClient jdbc;

	/** A fresh officer of its own, so tests do not lock or disable each other's accounts. */
	private String newOfficer(String office, Set<Role> roles) {
		String username = "test" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
		officers.create(username, "Test Officer " + username, office, roles, Clearance.RESTRICTED,
				encoder.encode(PASSWORD), Instant.now());
		return username;
	}

	/** Password, then enrolment at first sign-in (or the code when enrolled): a fully signed-in browser. */
	private Browser signIn(String username) {
		return signIn(new Browser(port), username, "/");
	}

	private Browser signIn(Browser browser, String username, String landing) {
		browser.get("/login");
		HttpResponse<String> password = browser.post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(password.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login/second-factor"));
		HttpResponse<String> page = browser.get("/login/second-factor");
		HttpResponse<String> done = browser.post("/login/second-factor", Map.of("code", nextCode(username, page)));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(landing));
		return browser;
	}

	private final Map<String, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();

	/** The code an authenticator would show, for a step not used yet. */
	private String nextCode(String username, HttpResponse<String> page) {
		Matcher matcher = SECRET.matcher(page.body());
		if (matcher.find()) {
			secrets.put(username, matcher.group(1));
		}
		long current = Totp.step(Instant.now());
		long lastUsed = officers.byUsername(username).orElseThrow().totpLastStep();
		int offset = lastUsed >= current ? (int) (lastUsed - current + 1) : 0;
		return DemoPasswords.totpCode(secrets.get(username), offset);
	}

	private String keyFilePermissions() {
		try {
			return java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files
				.getPosixFilePermissions(dataDir.resolve("keys").resolve("totp.key")));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private long auditCount(String action, String target, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND target LIKE :target AND outcome = :outcome")
			.param("action", action)
			.param("target", target)
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}

	@Test
	void signsInWithPasswordThenEnrolsAnAuthenticatorUnderNewSessionIds() {
		String username = newOfficer("NCB-KEN", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = new Browser(port);

		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		HttpResponse<String> login = browser.get("/login");
		assertThat(login.body()).contains("Authorised use only").contains("monitored and recorded");
		String anonymousSession = browser.session();

		HttpResponse<String> afterPassword = browser.post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(afterPassword.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login/second-factor"));
		String partialSession = browser.session();
		assertThat(partialSession).isNotEmpty().isNotEqualTo(anonymousSession);

		// half signed in: pages send back to the second factor, the API stays closed
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login/second-factor"));
		assertThat(browser.get("/api/v1/members").statusCode()).isEqualTo(403);

		HttpResponse<String> enrol = browser.get("/login/second-factor");
		assertThat(enrol.statusCode()).isEqualTo(200);
		assertThat(enrol.body()).contains("data:image/svg+xml;base64,").containsPattern(SECRET);
		Matcher secret = SECRET.matcher(enrol.body());
		assertThat(secret.find()).isTrue();
		// stored encrypted, not as the key shown to the officer
		byte[] stored = officers.byUsername(username).orElseThrow().totpSecret();
		assertThat(stored).isNotNull().isNotEqualTo(org.bouncycastle.util.encoders.Base32.decode(DemoPasswords.padded(secret.group(1))));

		HttpResponse<String> done = browser.post("/login/second-factor", Map.of("code", nextCode(username, enrol)));
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		assertThat(browser.session()).isNotEqualTo(partialSession);

		HttpResponse<String> dashboard = browser.get("/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Test Officer " + username).contains("NCB Kenya");
		assertThat(officers.byUsername(username).orElseThrow().hasSecondFactor()).isTrue();
		assertThat(auditCount("identity.sign-in", username, "SUCCESS")).isEqualTo(1);
		assertThat(auditCount("identity.second-factor.enrol", username, "SUCCESS")).isEqualTo(1);
		assertThat(keyFilePermissions()).isEqualTo("rw-------");

		HttpResponse<String> signOut = browser.post("/logout", Map.of());
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?signedOut"));
		assertThat(auditCount("identity.sign-out", username, "SUCCESS")).isEqualTo(1);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void landsOnThePageAskedForBeforeSigningIn() {
		String username = newOfficer("NCB-FRA", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = new Browser(port);
		assertThat(browser.get("/account").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));

		signIn(browser, username, "/account");

		assertThat(browser.get("/account").body()).contains(username).contains("NCB France");
		// an officer without the right: 403, as a problem for the API and as the error page for pages
		HttpResponse<String> metrics = browser.get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(403);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> admin = browser.get("/admin/users");
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("not allowed");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'identity.access-denied'")
			.param("actor", username)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void refusesAWrongPasswordExactlyLikeAnUnknownUsername() {
		String username = newOfficer("NCB-FRA", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = new Browser(port);
		browser.get("/login");
		HttpResponse<String> wrong = browser.post("/login", Map.of("username", username, "password", "not the right one"));
		browser.get("/login");
		HttpResponse<String> unknown = browser.post("/login", Map.of("username", "nobody-" + username, "password", PASSWORD));

		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
		assertThat(browser.get("/login?error").body()).contains("Sign-in failed");
		assertThat(auditCount("identity.sign-in", username, "FAILURE")).isEqualTo(1);
		assertThat(auditCount("identity.sign-in", "nobody-" + username, "FAILURE")).isEqualTo(1);
	}

	@Test
	void refusesAWrongCodeAndAReplayedCode() {
		String username = newOfficer("NCB-JPN", EnumSet.of(Role.NCB_OFFICER));
		Browser first = signIn(username);
		first.post("/logout", Map.of());
		long usedStep = officers.byUsername(username).orElseThrow().totpLastStep();
		byte[] secret = org.bouncycastle.util.encoders.Base32.decode(DemoPasswords.padded(secrets.get(username)));

		Browser browser = new Browser(port);
		browser.get("/login");
		browser.post("/login", Map.of("username", username, "password", PASSWORD));
		assertThat(browser.get("/login/second-factor").body()).doesNotContain("id=\"secret\"");

		String wrong = Totp.code(secret, usedStep).equals("000000") ? "111111" : "000000";
		assertThat(browser.post("/login/second-factor", Map.of("code", wrong)).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login/second-factor?error"));
		browser.get("/login/second-factor");
		assertThat(browser.post("/login/second-factor", Map.of("code", Totp.code(secret, usedStep)))
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/second-factor?error"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(auditCount("identity.second-factor", username, "FAILURE")).isEqualTo(2);

		HttpResponse<String> page = browser.get("/login/second-factor");
		assertThat(browser.post("/login/second-factor", Map.of("code", nextCode(username, page)))
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void locksTheAccountForTenMinutesAfterFiveFailures() {
		String username = newOfficer("NCB-JOR", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = new Browser(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			browser.get("/login");
			browser.post("/login", Map.of("username", username, "password", "wrong password " + attempt));
		}
		browser.get("/login");
		HttpResponse<String> right = browser.post("/login", Map.of("username", username, "password", PASSWORD));

		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		Officer locked = officers.byUsername(username).orElseThrow();
		assertThat(locked.lockedUntil()).isBetween(Instant.now().plusSeconds(9 * 60), Instant.now().plusSeconds(10 * 60));
		assertThat(auditCount("identity.lockout", username, "DENIED")).isEqualTo(1);
		assertThat(auditCount("identity.sign-in", username, "FAILURE")).isEqualTo(6);
	}

	@Test
	void refusesASessionOnceEnded() {
		String username = newOfficer("NCB-BRA", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = signIn(username);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		assertThat(sessions.endAll(username)).isEqualTo(1);

		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void refusesASessionAfterThirtyMinutesIdle() {
		String username = newOfficer("NCB-BRA", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = signIn(username);
		assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :name")
			.param("name", username)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);

		// as if the officer had left the browser alone for half an hour
		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 1800001, expiry_time = expiry_time - 1800001 WHERE principal_name = :name")
			.param("name", username)
			.update();

		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void refusesAFormPostWithoutCsrfTokenAndChangesNothing() {
		String username = newOfficer("NCB-FRA", EnumSet.of(Role.NCB_OFFICER));
		Browser browser = signIn(username);
		String hash = officers.byUsername(username).orElseThrow().passwordHash();

		HttpResponse<String> forged = browser.postWithoutCsrf("/account/password",
				Map.of("current", PASSWORD, "chosen", "a brand new long passphrase", "repeated", "a brand new long passphrase"));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(officers.byUsername(username).orElseThrow().passwordHash()).isEqualTo(hash);
	}

	@Test
	void changesTheOwnPasswordUnderThePolicyAndEndsTheOtherSessions() {
		String username = newOfficer("NCB-FRA", EnumSet.of(Role.NCB_OFFICER));
		Browser elsewhere = signIn(username);
		Browser browser = signIn(username);
		browser.get("/account");
		HttpResponse<String> weak = browser.post("/account/password",
				Map.of("current", PASSWORD, "chosen", "password1234", "repeated", "password1234"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(weak.body()).contains("too common");

		browser.get("/account");
		HttpResponse<String> good = browser.post("/account/password",
				Map.of("current", PASSWORD, "chosen", "copper kettles sing at dawn", "repeated", "copper kettles sing at dawn"));
		assertThat(good.statusCode()).isEqualTo(302);
		assertThat(encoder.matches("copper kettles sing at dawn", officers.byUsername(username).orElseThrow().passwordHash()))
			.isTrue();
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void refusesAnNcbAdministratorTouchingAnotherNcbsUserAndRecordsIt() {
		String admin = newOfficer("NCB-FRA", EnumSet.of(Role.NCB_ADMIN));
		String foreign = newOfficer("NCB-BRA", EnumSet.of(Role.NCB_OFFICER));
		long foreignId = officers.byUsername(foreign).orElseThrow().id();
		Browser browser = signIn(admin);

		assertThat(browser.get("/admin/users").body()).contains("NCB France").doesNotContain(foreign);
		assertThat(browser.get("/admin/users/" + foreignId).statusCode()).isEqualTo(404);
		browser.get("/admin/users");
		HttpResponse<String> disable = browser.post("/admin/users/" + foreignId + "/enabled", Map.of("enabled", "false"));
		browser.get("/admin/users");
		HttpResponse<String> create = browser.post("/admin/users", Map.of("username", "planted" + foreignId,
				"displayName", "Planted", "officeCode", "NCB-BRA", "roles", "NCB_OFFICER", "clearance", "RESTRICTED",
				"password", "a perfectly long passphrase"));
		browser.get("/admin/users");
		HttpResponse<String> escalate = browser.post("/admin/users", Map.of("username", "escalated" + foreignId,
				"displayName", "Escalated", "officeCode", "NCB-FRA", "roles", "GS_ADMIN", "clearance", "CONFIDENTIAL",
				"password", "a perfectly long passphrase"));

		assertThat(disable.statusCode()).isEqualTo(404); // as for a user who does not exist
		assertThat(create.statusCode()).isEqualTo(403);
		assertThat(escalate.statusCode()).isEqualTo(403);
		assertThat(officers.byUsername(foreign).orElseThrow().enabled()).isTrue();
		assertThat(officers.byUsername("planted" + foreignId)).isEmpty();
		assertThat(officers.byUsername("escalated" + foreignId)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :admin AND action = 'identity.access-denied' AND outcome = 'DENIED'")
			.param("admin", admin)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnce() {
		String admin = newOfficer("GS", EnumSet.of(Role.GS_ADMIN));
		String officer = newOfficer("NCB-KEN", EnumSet.of(Role.NCB_OFFICER));
		long officerId = officers.byUsername(officer).orElseThrow().id();
		Browser officerBrowser = signIn(officer);
		Browser adminBrowser = signIn(admin);

		adminBrowser.get("/admin/users/" + officerId);
		HttpResponse<String> disable = adminBrowser.post("/admin/users/" + officerId + "/enabled", Map.of("enabled", "false"));

		assertThat(disable.statusCode()).isEqualTo(302);
		assertThat(officerBrowser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/login"));
		Browser again = new Browser(port);
		again.get("/login");
		assertThat(again.post("/login", Map.of("username", officer, "password", PASSWORD)).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(auditCount("identity.user.disable", officer, "SUCCESS")).isEqualTo(1);
	}

	@Test
	void gsAdministratorCreatesAUserWhoMustEnrolAtFirstSignIn() {
		String admin = newOfficer("GS", EnumSet.of(Role.GS_ADMIN));
		Browser browser = signIn(admin);
		String username = "created." + SEQUENCE.incrementAndGet();
		browser.get("/admin/users/new?office=NCB-JPN");
		HttpResponse<String> weak = browser.post("/admin/users", Map.of("username", username, "displayName", "Aiko Tanaka",
				"officeCode", "NCB-JPN", "roles", "NCB_OFFICER", "clearance", "RESTRICTED", "password", "short"));
		assertThat(weak.statusCode()).isEqualTo(200);
		assertThat(officers.byUsername(username)).isEmpty();

		HttpResponse<String> created = browser.post("/admin/users", Map.of("username", username, "displayName",
				"Aiko Tanaka", "officeCode", "NCB-JPN", "roles", "NCB_OFFICER", "clearance", "RESTRICTED", "password",
				PASSWORD));
		assertThat(created.statusCode()).isEqualTo(302);
		Officer officer = officers.byUsername(username).orElseThrow();
		assertThat(officer.roles()).containsExactly(Role.NCB_OFFICER);
		assertThat(officer.hasSecondFactor()).isFalse();
		assertThat(browser.get("/admin/users?office=NCB-JPN").body()).contains(username);
	}

	@Test
	void answersAnUnknownBearerTokenWithA401Problem() {
		HttpResponse<String> response = new Browser(port).getWithHeader("/api/v1/members", "Authorization",
				"Bearer not-a-token");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void answersTheApiWithoutCredentialsWithA401ProblemNotARedirect() {
		HttpResponse<String> response = new Browser(port).get("/api/v1/offices");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(new Browser(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(new Browser(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void createsTheDemoOfficersWithTheirPasswordsOnFile() {
		Officer officer = officers.byUsername("fra.officer").orElseThrow();
		assertThat(officer.officeCode()).isEqualTo("NCB-FRA");
		assertThat(encoder.matches(DemoPasswords.of(dataDir, "fra.officer"), officer.passwordHash())).isTrue();
		assertThat(officers.ofOffice("NCB-JOR")).extracting(Officer::username).contains("jor.admin", "jor.officer");
	}
}
