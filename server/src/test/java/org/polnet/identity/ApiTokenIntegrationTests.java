package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.DemoApiTokens;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.identity.tokens.ApiToken;
import org.polnet.identity.tokens.ApiTokenAuthenticator;
import org.polnet.identity.tokens.ApiTokenSecret;
import org.polnet.identity.tokens.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

@PolnetIntegrationTest
class ApiTokenIntegrationTests {

	@org.springframework.beans.factory.annotation.Value("${polnet.data-dir}")
	java.nio.file.Path dataDir;

	private static final String CLIENT = "203.0.113.7";

	@Autowired
	ApiTokenAdministration administration;

	@Autowired
	ApiTokenAuthenticator authenticator;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	private final CurrentOfficer franceAdmin = TestOfficers.ncbAdmin("NCB-FRA");

	@Test
	void aCreatedTokenAuthenticatesAsItsOfficeWithItsScopes() {
		IssuedApiToken issued = create(franceAdmin, ApiScope.FIND_DOCUMENTS, ApiScope.MEMBERS_READ);

		Authentication authentication = authenticator.authenticate(issued.secret(), CLIENT).orElseThrow();

		assertThat(authentication.isAuthenticated()).isTrue();
		assertThat(authentication.getName()).isEqualTo("token:" + issued.token().name());
		assertThat(authentication.getCredentials()).isNull();
		assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(CurrentOfficer.class, officer -> {
			assertThat(officer.username()).isEqualTo("token:" + issued.token().name());
			assertThat(officer.officeCode()).isEqualTo("NCB-FRA");
			assertThat(officer.roles()).containsExactly(Role.SYSTEM_CLIENT);
		});
		assertThat(authentication.getAuthorities()).map(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_SYSTEM_CLIENT", "SCOPE_find:documents", "SCOPE_members:read");
	}

	@Test
	void theSecretIsNotStoredOnlyItsHashAndPrefix() {
		IssuedApiToken issued = create(franceAdmin, ApiScope.MEMBERS_READ);
		Map<String, Object> row = jdbc.sql("SELECT * FROM identity_api_token WHERE id = :id")
			.param("id", issued.token().id())
			.query()
			.singleRow();
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(issued.secret()));
		assertThat((byte[]) row.get("token_hash")).isEqualTo(ApiTokenSecret.hash(issued.secret()));
		assertThat(issued.secret()).startsWith((String) row.get("prefix"));
	}

	@Test
	void creationIsAudited() {
		IssuedApiToken issued = create(franceAdmin, ApiScope.MEMBERS_READ);
		assertThat(audit("identity.token.create", issued.token().username()))
			.containsExactly(franceAdmin.username() + " SUCCESS null");
	}

	@Test
	void aRevokedTokenIsRefusedAtOnceOnTheNodeThatRevokedIt() {
		IssuedApiToken issued = create(franceAdmin, ApiScope.MEMBERS_READ);
		assertThat(authenticator.authenticate(issued.secret(), CLIENT)).isPresent(); // now cached

		administration.revoke(franceAdmin, issued.token().id());

		assertThat(authenticator.authenticate(issued.secret(), CLIENT)).isEmpty();
		assertThat(audit("identity.token.revoke", issued.token().username()))
			.containsExactly(franceAdmin.username() + " SUCCESS null");
		assertThat(audit("identity.token.refused.revoked", issued.token().username()))
			.containsExactly("anonymous DENIED " + CLIENT);
	}

	@Test
	void aTokenRevokedByAnotherNodeIsRefusedWithinTheCacheTime() throws InterruptedException {
		IssuedApiToken issued = create(franceAdmin, ApiScope.MEMBERS_READ);
		assertThat(authenticator.authenticate(issued.secret(), CLIENT)).isPresent(); // now cached
		// another node revokes: only the database changes, this node's cache is untouched
		tokens.revoke(issued.token().id(), Instant.now(), "admin.elsewhere");
		Instant revoked = Instant.now();

		while (authenticator.authenticate(issued.secret(), CLIENT).isPresent()) {
			assertThat(Duration.between(revoked, Instant.now()))
				.isLessThan(ApiTokenAuthenticator.CACHE_TIME.plusSeconds(1));
			Thread.sleep(200);
		}
	}

	@Test
	void anExpiredTokenIsRefusedAndAudited() {
		ApiTokenSecret secret = ApiTokenSecret.generate();
		String name = uniqueName();
		tokens.add(name, "NCB-FRA", "NCB Paris", secret, Set.of(ApiScope.MEMBERS_READ),
				Instant.now().minus(Duration.ofDays(10)), "test", Instant.now().minusSeconds(1));

		assertThat(authenticator.authenticate(secret.value(), CLIENT)).isEmpty();
		assertThat(audit("identity.token.refused.expired", "token:" + name))
			.containsExactly("anonymous DENIED " + CLIENT);
	}

	@Test
	void anUnknownTokenIsRefusedAndAuditedWithoutRecordingIt() {
		String unknown = ApiTokenSecret.generate().value();

		assertThat(authenticator.authenticate(unknown, CLIENT)).isEmpty();
		assertThat(authenticator.authenticate("not-even-a-token", "198.51.100.1")).isEmpty();

		List<String> clients = jdbc
			.sql("SELECT client_address FROM audit_entry WHERE action = 'identity.token.refused.unknown'")
			.query(String.class)
			.list();
		assertThat(clients).contains(CLIENT, "198.51.100.1");
		long leaks = jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE coalesce(target, '') || coalesce(purpose, '') || actor LIKE :fragment""")
			.param("fragment", "%" + unknown.substring(12) + "%")
			.query(Long.class)
			.single();
		assertThat(leaks).isZero();
	}

	@Test
	void lastUseIsRecordedAtMostOncePerMinute() {
		IssuedApiToken issued = create(franceAdmin, ApiScope.MEMBERS_READ);
		assertThat(tokens.byId(issued.token().id()).orElseThrow().lastUsedAt()).isNull();

		authenticator.authenticate(issued.secret(), CLIENT);
		Instant first = tokens.byId(issued.token().id()).orElseThrow().lastUsedAt();
		authenticator.authenticate(issued.secret(), CLIENT);

		assertThat(first).isNotNull();
		assertThat(tokens.byId(issued.token().id()).orElseThrow().lastUsedAt()).isEqualTo(first);
	}

	@Test
	void anNcbAdministratorCannotCreateOrRevokeForAnotherOffice() {
		IssuedApiToken brazilian = create(TestOfficers.ncbAdmin("NCB-BRA"), ApiScope.MEMBERS_READ);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> administration.revoke(franceAdmin, brazilian.token().id()));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.create(franceAdmin,
				new NewApiToken(uniqueName(), "NCB-BRA", Set.of(ApiScope.MEMBERS_READ), nextMonth())));

		assertThat(authenticator.authenticate(brazilian.secret(), CLIENT)).isPresent();
		assertThat(audit("identity.token.revoke", brazilian.token().username()))
			.containsExactly(franceAdmin.username() + " DENIED null");
	}

	@Test
	void theGeneralSecretariatManagesEveryOffice() {
		IssuedApiToken kenyan = create(TestOfficers.ncbAdmin("NCB-KEN"), ApiScope.MEMBERS_READ);

		administration.revoke(TestOfficers.gsAdmin(), kenyan.token().id());

		assertThat(tokens.byId(kenyan.token().id()).orElseThrow().revokedBy()).isEqualTo("admin.gs");
		assertThat(administration.visibleTo(TestOfficers.gsAdmin())).extracting(ApiToken::officeCode)
			.contains("NCB-KEN", "NCB-FRA");
		assertThat(administration.visibleTo(franceAdmin)).extracting(ApiToken::officeCode).containsOnly("NCB-FRA");
	}

	@Test
	void theGeneralSecretariatCreatesTokensForAnyExistingOffice() {
		IssuedApiToken forJapan = administration.create(TestOfficers.gsAdmin(),
				new NewApiToken(uniqueName(), "ncb-jpn", Set.of(ApiScope.FIND_VEHICLES), nextMonth()));
		assertThat(forJapan.token().officeCode()).isEqualTo("NCB-JPN");
		assertThat(forJapan.token().officeName()).isEqualTo("NCB Japan");

		for (String unknown : List.of("NCB FRA; DROP", "NCB-XXX")) {
			assertThatExceptionOfType(ApiTokenAdministration.InvalidRequest.class)
				.isThrownBy(() -> administration.create(TestOfficers.gsAdmin(),
						new NewApiToken(uniqueName(), unknown, Set.of(ApiScope.FIND_VEHICLES), nextMonth())))
				.satisfies(invalid -> assertThat(invalid.problems())
					.extracting(ApiTokenAdministration.InvalidRequest.Problem::field)
					.containsExactly("officeCode"));
		}
	}

	@Test
	void onlyTheGeneralSecretariatGrantsPlatformWideScopes() {
		for (ApiScope reserved : List.of(ApiScope.METRICS_READ, ApiScope.AUDIT_READ)) {
			assertThatExceptionOfType(ApiTokenAdministration.InvalidRequest.class)
				.isThrownBy(() -> administration.create(franceAdmin,
						new NewApiToken(uniqueName(), null, Set.of(ApiScope.MEMBERS_READ, reserved), nextMonth())))
				.satisfies(invalid -> assertThat(invalid.problems())
					.containsExactly(new ApiTokenAdministration.InvalidRequest.Problem("scopes",
							"tokens.error.scopesReserved")));
		}
		assertThat(create(TestOfficers.gsAdmin(), ApiScope.AUDIT_READ).token().scopes())
			.containsExactly(ApiScope.AUDIT_READ);
	}

	@Test
	void anOfficerWhoIsNoAdministratorManagesNoToken() {
		CurrentOfficer officer = TestOfficers.officer("case.officer", "NCB-FRA", Role.NCB_OFFICER);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.visibleTo(officer));
	}

	@Test
	void expiryMustBeAfterTodayAndWithinAYear() {
		LocalDate today = administration.today();
		for (LocalDate wrong : List.of(today, today.plusYears(1).plusDays(1))) {
			assertThatExceptionOfType(ApiTokenAdministration.InvalidRequest.class)
				.isThrownBy(() -> administration.create(franceAdmin,
						new NewApiToken(uniqueName(), null, Set.of(ApiScope.MEMBERS_READ), wrong)))
				.satisfies(invalid -> assertThat(invalid.problems())
					.containsExactly(new ApiTokenAdministration.InvalidRequest.Problem("expiresOn", "tokens.error.expiry")));
		}
		IssuedApiToken longest = administration.create(franceAdmin,
				new NewApiToken(uniqueName(), null, Set.of(ApiScope.MEMBERS_READ), today.plusYears(1)));
		assertThat(longest.token().expiresAt()).isBefore(Instant.now().plus(Duration.ofDays(367)));
	}

	@Test
	void namesAreUniqueAndScopesRequired() {
		IssuedApiToken first = create(franceAdmin, ApiScope.MEMBERS_READ);
		assertThatExceptionOfType(ApiTokenAdministration.InvalidRequest.class)
			.isThrownBy(() -> administration.create(franceAdmin,
					new NewApiToken(first.token().name(), null, Set.of(), nextMonth())))
			.satisfies(invalid -> assertThat(invalid.problems()).extracting(
					ApiTokenAdministration.InvalidRequest.Problem::messageKey)
				.containsExactly("tokens.error.nameTaken", "tokens.error.scopes"));
	}

	@Test
	void theDemoCreatedOneTokenPerDemoNcbAndItWorks() throws Exception {
		for (List<String> office : DemoApiTokens.OFFICES) {
			Optional<ApiToken> token = administration.visibleTo(TestOfficers.gsAdmin())
				.stream()
				.filter(candidate -> candidate.name().equals(DemoApiTokens.demoName(office.get(0))))
				.findFirst();
			assertThat(token).hasValueSatisfying(demo -> {
				assertThat(demo.officeCode()).isEqualTo(office.get(0));
				assertThat(demo.scopes()).isEqualTo(DemoApiTokens.SCOPES);
				assertThat(demo.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(360)));
			});
		}
		String credentials = Files.readString(dataDir.resolve(DemoApiTokens.FILE_NAME));
		String line = credentials.lines().filter(l -> l.startsWith("NCB-JOR ")).findFirst().orElseThrow();
		String secret = line.split("\\s+")[2];
		assertThat(authenticator.authenticate(secret, CLIENT)).hasValueSatisfying(
				authentication -> assertThat(((CurrentOfficer) authentication.getPrincipal()).officeCode())
					.isEqualTo("NCB-JOR"));
	}

	private IssuedApiToken create(CurrentOfficer admin, ApiScope... scopes) {
		return administration.create(admin, new NewApiToken(uniqueName(), null, Set.of(scopes), nextMonth()));
	}

	private LocalDate nextMonth() {
		return administration.today().plusMonths(1);
	}

	private static String uniqueName() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** "actor outcome client" of the audit entries of an action on a target. */
	private List<String> audit(String action, String target) {
		return jdbc.sql("""
				SELECT actor || ' ' || outcome || ' ' || coalesce(client_address, 'null') FROM audit_entry
				WHERE action = :action AND target = :target ORDER BY id""")
			.param("action", action)
			.param("target", target)
			.query(String.class)
			.list();
	}
}
