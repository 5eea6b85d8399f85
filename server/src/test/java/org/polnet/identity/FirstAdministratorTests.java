package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetApplication;
import org.polnet.TestDataDirectory;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditLog;
import org.polnet.identity.administration.FirstAdministrator;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.Officers;
import org.polnet.refusals.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The first day on an empty database, as production has it (no demo officers): the console creates the first GS
 * administrator once, who signs in with a second factor and creates an NCB administrator. A context of its own,
 * since every other test context has officers from the start.
 */
@SpringBootTest(classes = PolnetApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "polnet.demo.enabled=false")
@ContextConfiguration(initializers = TestDataDirectory.class)
@ActiveProfiles("test")
class FirstAdministratorTests {

	private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

	@LocalServerPort
	int port;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	Officers officers;

	@Autowired
	AuditEntries auditEntries;

	@Test
	void createsTheFirstGsAdministratorOnceWhoSignsInWithASecondFactorAndCreatesAnNcbAdministrator() {
		assertThat(officers.any()).isFalse();

		String password = firstAdministrator.create("GS.First", "Ingrid Halvorsen (test)", "operator");

		Officer admin = officers.byUsername("gs.first").orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.GS_ADMIN);
		assertThat(admin.officeCode()).isEqualTo("GS");
		assertThat(admin.hasSecondFactor()).isFalse();
		assertThat(audit("SUCCESS")).isEqualTo(1);

		Browser browser = new Browser(port);
		browser.get("/login");
		HttpResponse<String> afterPassword = browser.post("/login",
				Map.of("username", "gs.first", "password", password));
		assertThat(afterPassword.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login/second-factor"));
		HttpResponse<String> enrol = browser.get("/login/second-factor");
		Matcher secret = SECRET.matcher(enrol.body());
		assertThat(secret.find()).as("the enrolment page shows a new authenticator's key").isTrue();
		HttpResponse<String> signedIn = browser.post("/login/second-factor",
				Map.of("code", DemoPasswords.totpCode(secret.group(1), 0)));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/"));
		assertThat(officers.byUsername("gs.first").orElseThrow().hasSecondFactor()).isTrue();

		browser.get("/admin/users/new?office=NCB-FRA");
		HttpResponse<String> created = browser.post("/admin/users",
				Map.of("username", "fra.first", "displayName", "Élodie Marchand (test)", "officeCode", "NCB-FRA",
						"roles", "NCB_ADMIN", "clearance", "RESTRICTED", "password", "lantern harbour quietly 42"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(officers.byUsername("fra.first").orElseThrow().roles()).containsExactly(Role.NCB_ADMIN);

		// once an administrator exists the console refuses, changes nothing, and the attempt is on the trail
		assertThatThrownBy(() -> firstAdministrator.create("gs.second", "", "operator"))
			.isInstanceOf(ConflictException.class);
		assertThat(officers.byUsername("gs.second")).isEmpty();
		assertThat(audit("DENIED")).isEqualTo(1);
	}

	private long audit(String outcome) {
		return new AuditLog(auditEntries).of("console:operator", "identity.setup.first-admin")
			.stream()
			.filter(record -> record.outcome().name().equals(outcome))
			.count();
	}
}
