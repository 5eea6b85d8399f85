package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.secondfactor.SecretCipher;
import org.polnet.identity.secondfactor.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passkeys against the running server, with a software authenticator doing what browser and authenticator do:
 * registering one once signed in, then using it instead of the code at the second factor.
 */
@PolnetIntegrationTest
class PasskeyIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String PASSWORD = "lantern harbour quietly 42";

	@LocalServerPort
	int port;

	@Autowired
	Officers officers;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SecretCipher cipher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenAdministration tokens;

	private final Map<String, byte[]> secrets = new java.util.concurrent.ConcurrentHashMap<>();

	/** A fresh officer with an enrolled authenticator app, so tests do not lock each other's accounts. */
	private String newOfficer() {
		return newOfficer(Role.NCB_OFFICER);
	}

	private String newOfficer(Role role) {
		String username = "passkey" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
		long id = officers.create(username, "Passkey Officer " + username, "NCB-FRA", EnumSet.of(role),
				Clearance.RESTRICTED, encoder.encode(PASSWORD), Instant.now());
		byte[] secret = Totp.newSecret();
		officers.startEnrolment(id, cipher.encrypt(secret));
		officers.confirmEnrolment(id);
		secrets.put(username, secret);
		return username;
	}

	private SoftwareAuthenticator newAuthenticator() {
		// the test profile leaves the default origin, http://localhost with the port the server got
		return new SoftwareAuthenticator("http://localhost:" + port);
	}

	/** Password only: the browser waits at the second factor. */
	private Browser afterPassword(String username) {
		Browser browser = new Browser(port);
		browser.get("/login");
		assertThat(browser.post("/login", Map.of("username", username, "password", PASSWORD))
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login/second-factor"));
		return browser;
	}

	/** Password and code: fully signed in. */
	private Browser signedIn(String username) {
		Browser browser = afterPassword(username);
		browser.get("/login/second-factor");
		long step = Math.max(Totp.step(Instant.now()), officers.byUsername(username).orElseThrow().totpLastStep() + 1);
		assertThat(browser.post("/login/second-factor", Map.of("code", Totp.code(secrets.get(username), step)))
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		return browser;
	}

	private HttpResponse<String> register(Browser browser, SoftwareAuthenticator authenticator, String label) {
		browser.get("/account");
		HttpResponse<String> options = browser.postJson("/account/passkeys/options", "");
		assertThat(options.statusCode()).isEqualTo(200);
		return browser.postJson("/account/passkeys", authenticator.register(options.body(), label));
	}

	private SoftwareAuthenticator registered(String username, String label) {
		SoftwareAuthenticator authenticator = newAuthenticator();
		Browser browser = signedIn(username);
		assertThat(register(browser, authenticator, label).statusCode()).isEqualTo(200);
		browser.post("/logout", Map.of());
		return authenticator;
	}

	private String requestOptions(Browser browser) {
		browser.get("/login/second-factor");
		HttpResponse<String> options = browser.postJson("/login/second-factor/passkey/options", "");
		assertThat(options.statusCode()).isEqualTo(200);
		return options.body();
	}

	private long auditCount(String action, String target, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = :action AND target LIKE :target AND outcome = :outcome")
			.param("action", action)
			.param("target", target)
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}

	private long signatureCount(SoftwareAuthenticator authenticator) {
		return jdbc.sql("SELECT signature_count FROM user_credentials WHERE credential_id = :id")
			.param("id", authenticator.credentialId())
			.query(Long.class)
			.single();
	}

	@Test
	void registersAPasskeyOnTheAccountPageAndAudits() {
		String username = newOfficer();
		Browser browser = signedIn(username);
		assertThat(browser.get("/account").body()).contains("You have not registered a passkey.");

		HttpResponse<String> registration = register(browser, newAuthenticator(), "office laptop");

		assertThat(registration.statusCode()).isEqualTo(200);
		assertThat(registration.body()).contains("\"success\":true");
		assertThat(browser.get("/account").body()).contains("office laptop")
			.doesNotContain("You have not registered a passkey.");
		assertThat(auditCount("identity.passkey.register", username + " (office laptop)", "SUCCESS")).isEqualTo(1);
	}

	@Test
	void refusesARegistrationWithoutAChallengeOrAName() {
		String username = newOfficer();
		Browser browser = signedIn(username);
		SoftwareAuthenticator authenticator = newAuthenticator();
		browser.get("/account");
		String options = browser.postJson("/account/passkeys/options", "").body();
		String answer = authenticator.register(options, "office laptop");

		// the challenge is used once: a second answer to it is refused
		assertThat(browser.postJson("/account/passkeys", answer).statusCode()).isEqualTo(200);
		assertThat(browser.postJson("/account/passkeys", answer).statusCode()).isEqualTo(400);
		assertThat(register(browser, newAuthenticator(), "   ").statusCode()).isEqualTo(400);
		assertThat(auditCount("identity.passkey.register", username, "FAILURE")).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM user_credentials c JOIN user_entities u ON u.id = c.user_entity_user_id WHERE u.name = :name")
			.param("name", username)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void signsInWithAPasskeyInsteadOfTheCodeAndLandsOnThePageAskedFor() {
		String username = newOfficer();
		SoftwareAuthenticator authenticator = registered(username, "security key");
		Browser browser = new Browser(port);
		browser.get("/account");
		browser.get("/login");
		browser.post("/login", Map.of("username", username, "password", PASSWORD));
		String partialSession = browser.session();
		assertThat(browser.get("/login/second-factor").body()).contains("Use a passkey");
		String options = requestOptions(browser);
		assertThat(options).contains(authenticator.credentialId());

		HttpResponse<String> done = browser.postJson("/login/second-factor/passkey", authenticator.assertion(options));

		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("/account");
		assertThat(browser.session()).isNotEqualTo(partialSession);
		assertThat(browser.get("/account").body()).contains("Passkey Officer " + username).contains("security key");
		assertThat(auditCount("identity.sign-in", username, "SUCCESS")).isEqualTo(2);
		assertThat(signatureCount(authenticator)).isEqualTo(1);
		assertThat(officers.byUsername(username).orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void refusesAForgedOrReplayedAssertionAndCountsItTowardsTheLockout() {
		String username = newOfficer();
		SoftwareAuthenticator authenticator = registered(username, "phone");
		Browser browser = afterPassword(username);

		String options = requestOptions(browser);
		HttpResponse<String> forged = browser.postJson("/login/second-factor/passkey",
				authenticator.forgery().assertion(options));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("/login/second-factor?error");
		// a genuine answer to a challenge already spent is worth nothing either
		HttpResponse<String> replayed = browser.postJson("/login/second-factor/passkey", authenticator.assertion(options));
		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(officers.byUsername(username).orElseThrow().failedAttempts()).isEqualTo(2);
		assertThat(auditCount("identity.second-factor", username, "FAILURE")).isEqualTo(2);

		HttpResponse<String> last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			last = browser.postJson("/login/second-factor/passkey",
					authenticator.forgery().assertion(requestOptions(browser)));
		}
		assertThat(last.body()).contains("/login?error");
		assertThat(officers.byUsername(username).orElseThrow().lockedAt(Instant.now())).isTrue();
		assertThat(auditCount("identity.lockout", username, "DENIED")).isEqualTo(1);
	}

	@Test
	void refusesAnotherOfficersPasskeyAndLeavesItUntouched() {
		String owner = newOfficer();
		String other = newOfficer();
		SoftwareAuthenticator ownersPasskey = registered(owner, "owner's key");
		registered(other, "other's key");
		Browser browser = afterPassword(other);

		HttpResponse<String> refused = browser.postJson("/login/second-factor/passkey",
				ownersPasskey.assertion(requestOptions(browser)));

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(signatureCount(ownersPasskey)).isZero();
		assertThat(officers.byUsername(other).orElseThrow().failedAttempts()).isEqualTo(1);
	}

	@Test
	void offersNoPasskeyToAnOfficerWithoutOne() {
		String username = newOfficer();
		Browser browser = afterPassword(username);

		assertThat(browser.get("/login/second-factor").body()).contains("Verify").doesNotContain("Use a passkey");
		assertThat(browser.postJson("/login/second-factor/passkey/options", "").statusCode()).isEqualTo(404);
		assertThat(browser.postJson("/login/second-factor/passkey", newAuthenticator().assertion(
				"{\"challenge\":\"AAAA\",\"rpId\":\"localhost\"}")).statusCode()).isEqualTo(401);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void removesAPasskeySoItNoLongerSignsIn() {
		String username = newOfficer();
		SoftwareAuthenticator authenticator = registered(username, "old phone");
		String stranger = newOfficer();
		Browser strangerBrowser = signedIn(stranger);
		strangerBrowser.get("/account");
		strangerBrowser.post("/account/passkeys/" + authenticator.credentialId() + "/delete", Map.of());
		assertThat(signatureCount(authenticator)).isZero(); // still there: not the stranger's to remove

		Browser browser = signedIn(username);
		browser.get("/account");
		HttpResponse<String> removed = browser.post("/account/passkeys/" + authenticator.credentialId() + "/delete",
				Map.of());

		assertThat(removed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
		assertThat(browser.get("/account").body()).contains("The passkey has been removed.").doesNotContain("old phone");
		assertThat(auditCount("identity.passkey.remove", username + " (old phone)", "SUCCESS")).isEqualTo(1);
		assertThat(auditCount("identity.passkey.remove", stranger, "FAILURE")).isEqualTo(1);
		assertThat(afterPassword(username).get("/login/second-factor").body()).doesNotContain("Use a passkey");
	}

	@Test
	void resettingTheSecondFactorForgetsThePasskeysToo() {
		String username = newOfficer();
		registered(username, "lost phone");
		Browser admin = signedIn(newOfficer(Role.NCB_ADMIN));
		long id = officers.byUsername(username).orElseThrow().id();

		admin.get("/admin/users/" + id);
		assertThat(admin.post("/admin/users/" + id + "/second-factor/reset", Map.of()).statusCode()).isEqualTo(302);

		assertThat(jdbc.sql("SELECT count(*) FROM user_entities WHERE name = :name")
			.param("name", username)
			.query(Long.class)
			.single()).isZero();
		Browser browser = afterPassword(username);
		assertThat(browser.get("/login/second-factor").body()).doesNotContain("Use a passkey");
		assertThat(browser.postJson("/login/second-factor/passkey/options", "").statusCode()).isEqualTo(404);
	}

	@Test
	void refusesASystemClientOnTheAccountPasskeys() {
		IssuedApiToken issued = tokens.create(TestOfficers.ncbAdmin("NCB-FRA"), new NewApiToken(
				"passkey-probe-" + SEQUENCE.incrementAndGet(), null, java.util.Set.of(ApiScope.MEMBERS_READ),
				tokens.today().plusMonths(1)));
		Browser client = new Browser(port);

		HttpResponse<String> options = client.postWithHeader("/account/passkeys/options", "Authorization",
				"Bearer " + issued.secret());

		assertThat(options.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM user_entities WHERE name = :name")
			.param("name", "token:" + issued.token().name())
			.query(Long.class)
			.single()).isZero();
	}
}
