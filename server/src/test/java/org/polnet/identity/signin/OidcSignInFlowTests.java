package org.polnet.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.util.UriComponentsBuilder;

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
 * The whole authorization-code sign-in, as the security configuration will run it after
 * {@code oidcSignIn.applyTo(http, "/login")}, against a fake provider (a local JDK HTTP server with discovery,
 * keys and token endpoints). A small context of its own: security and web only, no database.
 */
@SpringJUnitWebConfig(OidcSignInFlowTests.Config.class)
class OidcSignInFlowTests {

	private static final String CLIENT_ID = "polnet";

	private static final CurrentOfficer FRANCE_ADMIN = TestOfficers.ncbAdmin("NCB-FRA");

	private static HttpServer server;

	private static RSAKey key;

	private static String issuer;

	/** Who the fake provider says signed in, and the nonce it must echo in the ID token. */
	private static volatile String username = "";

	private static volatile String nonce = "";

	@Autowired
	WebApplicationContext context;

	private MockMvc mvc;

	@BeforeAll
	static void startProvider() throws Exception {
		key = new RSAKeyGenerator(2048).keyID("test-key").generate();
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/polnet";
		server.createContext("/realms/polnet/.well-known/openid-configuration", exchange -> json(exchange, """
				{"issuer": "%1$s", "authorization_endpoint": "%1$s/auth", "token_endpoint": "%1$s/token",
				 "jwks_uri": "%1$s/keys", "response_types_supported": ["code"],
				 "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
				 "scopes_supported": ["openid"]}""".formatted(issuer)));
		server.createContext("/realms/polnet/keys", exchange -> json(exchange, new JWKSet(key.toPublicJWK()).toString()));
		server.createContext("/realms/polnet/token", exchange -> json(exchange, """
				{"access_token": "fake-access", "token_type": "Bearer", "expires_in": 60, "scope": "openid",
				 "id_token": "%s"}""".formatted(idToken())));
		server.start();
	}

	@AfterAll
	static void stopProvider() {
		server.stop(0);
	}

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aKnownOfficerSignsInWithTheProviderAndHoldsTheSameSessionAsAfterABuiltInSignIn() throws Exception {
		MockHttpSession session = signInAtProvider("admin.ncb-fra");

		SecurityContext saved = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(saved.getAuthentication().getPrincipal()).isEqualTo(FRANCE_ADMIN);
	}

	@Test
	void someoneTheProviderKnowsButWhoIsNoOfficerIsSentBackToTheSignInPage() throws Exception {
		MockHttpSession session = signInAtProvider("stranger");

		assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
	}

	@Test
	void theBuiltInSignInStaysTheEntryPoint() throws Exception {
		mvc.perform(get("/admin/tokens")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private MockHttpSession signInAtProvider(String who) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String toProvider = mvc.perform(get("/oauth2/authorization/keycloak").session(session))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(toProvider).startsWith(issuer + "/auth");
		var parameters = UriComponentsBuilder.fromUriString(toProvider).build().getQueryParams();
		username = who;
		nonce = URLDecoder.decode(parameters.getFirst("nonce"), StandardCharsets.UTF_8);

		String next = mvc
			.perform(get("/login/oauth2/code/keycloak").session(session)
				.param("code", "fake-code")
				.param("state", URLDecoder.decode(parameters.getFirst("state"), StandardCharsets.UTF_8)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).isEqualTo(who.equals("admin.ncb-fra") ? "/" : "/login?error");
		return session;
	}

	private static String idToken() {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					new JWTClaimsSet.Builder().issuer(issuer)
						.subject("user-" + username)
						.audience(CLIENT_ID)
						.issueTime(new Date())
						.expirationTime(new Date(System.currentTimeMillis() + 300_000))
						.claim("nonce", nonce)
						.claim("preferred_username", username)
						.build());
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

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	@EnableWebSecurity
	static class Config {

		@Bean
		ClientRegistrationRepository clientRegistrations() {
			return new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(issuer)
				.registrationId("keycloak")
				.clientId(CLIENT_ID)
				.clientSecret("secret")
				.scope("openid")
				.build());
		}

		@Bean
		OfficerLookup officers() {
			return name -> name.equals(FRANCE_ADMIN.username()) ? Optional.of(FRANCE_ADMIN) : Optional.empty();
		}

		@Bean
		OidcSignIn oidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations,
				ObjectProvider<OfficerLookup> officers) {
			return new OidcSignIn(registrations, officers, mock(AuditTrail.class), "preferred_username");
		}

		/** As the core's configuration would: its own sign-in page, plus the provider's when configured. */
		@Bean
		SecurityFilterChain filterChain(HttpSecurity http, OidcSignIn oidcSignIn) throws Exception {
			http.authorizeHttpRequests(requests -> requests.requestMatchers("/login").permitAll()
				.anyRequest()
				.authenticated());
			http.formLogin(form -> form.loginPage("/login"));
			oidcSignIn.applyTo(http, "/login");
			return http.build();
		}
	}
}
