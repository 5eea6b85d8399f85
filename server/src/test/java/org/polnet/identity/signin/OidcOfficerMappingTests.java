package org.polnet.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.TestOfficers;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Against a fake OpenID Connect provider (discovery document and signing keys on a local JDK HTTP server): an
 * ID token it signs is verified as Spring Security verifies it at sign-in, then mapped to an officer.
 */
class OidcOfficerMappingTests {

	private static final String CLIENT_ID = "polnet";

	private static HttpServer server;

	private static RSAKey key;

	private static ClientRegistration registration;

	private final AuditTrail auditTrail = mock(AuditTrail.class);

	private final CurrentOfficer franceAdmin = TestOfficers.ncbAdmin("NCB-FRA");

	private final OfficerLookup officers = username -> username.equals(franceAdmin.username())
			? Optional.of(franceAdmin) : Optional.empty();

	@BeforeAll
	static void startProvider() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("test-key").generate();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/polnet";
		server.createContext("/realms/polnet/.well-known/openid-configuration", exchange -> json(exchange, """
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
				 "jwks_uri": "%1$s/keys", "response_types_supported": ["code"],
				 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
				 "scopes_supported": ["openid"]}""".formatted(issuer)));
		server.createContext("/realms/polnet/keys", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
		server.start();
		registration = ClientRegistrations.fromIssuerLocation(issuer)
			.registrationId("keycloak")
			.clientId(CLIENT_ID)
			.clientSecret("secret")
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid")
			.build();
	}

	@AfterAll
	static void stopProvider() {
		server.stop(0);
	}

	@Test
	void recognisesTheProvidersUserAsTheOfficerWithTheOfficersRolesOnly() {
		OidcUser user = mapping("preferred_username")
			.loadUser(request(Map.of("preferred_username", "admin.ncb-fra", "roles", List.of("GS_ADMIN"))));

		assertThat(user).isInstanceOfSatisfying(OfficerOidcUser.class,
				officer -> assertThat(officer.officer()).isEqualTo(franceAdmin));
		assertThat(user.getName()).isEqualTo("admin.ncb-fra");
		assertThat(user.getAuthorities()).map(GrantedAuthority::getAuthority).containsExactly("ROLE_NCB_ADMIN");
		verify(auditTrail).record(argThat(record -> record.outcome() == Outcome.SUCCESS
				&& record.actor().equals("admin.ncb-fra") && record.action().equals("identity.sign-in.oidc")));
	}

	@Test
	void refusesAProviderUserWhoIsNoOfficerAndAuditsTheAttempt() {
		OidcOfficerMapping mapping = mapping("preferred_username");

		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> mapping.loadUser(request(Map.of("preferred_username", "someone.else"))))
			.satisfies(refused -> assertThat(refused.getError().getErrorCode())
				.isEqualTo(OidcOfficerMapping.UNKNOWN_OFFICER));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> mapping.loadUser(request(Map.of("email", "admin.ncb-fra"))));
		verify(auditTrail).record(argThat(record -> record.outcome() == Outcome.DENIED
				&& record.actor().equals("anonymous") && "someone.else (keycloak)".equals(record.target())));
	}

	@Test
	void readsTheUsernameFromTheConfiguredClaim() {
		OidcUser user = mapping("email").loadUser(request(Map.of("email", "admin.ncb-fra")));

		assertThat(((OfficerOidcUser) user).officer()).isEqualTo(franceAdmin);
	}

	@Test
	void afterSignInTheSessionHoldsTheOfficerAsAfterABuiltInSignIn() throws Exception {
		OidcUser user = mapping("preferred_username").loadUser(request(Map.of("preferred_username", "admin.ncb-fra")));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/keycloak");
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			new OidcSignIn.AsOfficer(new SimpleUrlAuthenticationSuccessHandler("/")).onAuthenticationSuccess(request,
					response, new OAuth2AuthenticationToken(user, user.getAuthorities(), "keycloak"));

			SecurityContext saved = (SecurityContext) request.getSession()
				.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			Authentication authentication = saved.getAuthentication();
			assertThat(authentication.getPrincipal()).isEqualTo(franceAdmin);
			assertThat(authentication.getAuthorities()).map(GrantedAuthority::getAuthority)
				.containsExactly("ROLE_NCB_ADMIN");
			assertThat(new CurrentOfficers().current()).contains(franceAdmin);
			assertThat(response.getRedirectedUrl()).isEqualTo("/");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private OidcOfficerMapping mapping(String claim) {
		return new OidcOfficerMapping(new OidcUserService(), officers, auditTrail, claim);
	}

	/** What Spring Security holds after the code exchange: a verified ID token and an access token. */
	private static OidcUserRequest request(Map<String, Object> claims) {
		Jwt verified = new OidcIdTokenDecoderFactory().createDecoder(registration).decode(idToken(claims));
		OidcIdToken idToken = new OidcIdToken(verified.getTokenValue(), verified.getIssuedAt(),
				verified.getExpiresAt(), verified.getClaims());
		OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "fake-access",
				Instant.now(), Instant.now().plusSeconds(60), Set.of("openid"));
		return new OidcUserRequest(registration, accessToken, idToken);
	}

	private static String idToken(Map<String, Object> extraClaims) {
		try {
			JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
				.issuer(registration.getProviderDetails().getIssuerUri())
				.subject("f1c2-user")
				.audience(CLIENT_ID)
				.issueTime(new Date())
				.expirationTime(new Date(System.currentTimeMillis() + 300_000));
			extraClaims.forEach(claims::claim);
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims.build());
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}
}
