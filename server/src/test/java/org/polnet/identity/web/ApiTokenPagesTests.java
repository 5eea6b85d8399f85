package org.polnet.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.ApiScope;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.NewApiToken;
import org.polnet.identity.tokens.ApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The pages as an administrator uses them (MockMvc built on the shared context, so no second context). */
@PolnetIntegrationTest
class ApiTokenPagesTests {

	private static final Pattern SECRET = Pattern.compile("pnt_[A-Za-z0-9_-]{43}");

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApiTokenAdministration administration;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	private final CurrentOfficer franceAdmin = TestOfficers.ncbAdmin("NCB-FRA");

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void anNcbAdministratorSeesOnlyTheOwnOfficesTokens() throws Exception {
		String page = mvc.perform(get("/admin/tokens").with(authentication(TestOfficers.signedIn(franceAdmin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("demo-ncb-fra").doesNotContain("demo-ncb-bra", "demo-ncb-jpn");
	}

	@Test
	void creatingATokenShowsItsSecretOnceAndOnlyThere() throws Exception {
		String page = mvc
			.perform(post("/admin/tokens").with(authentication(TestOfficers.signedIn(franceAdmin)))
				.with(csrf())
				.param("name", "border-cdg-" + System.nanoTime())
				.param("scopes", "FIND_DOCUMENTS", "FIND_VEHICLES")
				.param("expiresOn", administration.today().plusMonths(6).toString()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the page shows the token").isTrue();

		String list = mvc.perform(get("/admin/tokens").with(authentication(TestOfficers.signedIn(franceAdmin))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(secret.group()).contains(secret.group().substring(0, 12));
	}

	@Test
	void anExpiryBeyondAYearIsRefusedWithAnExplanation() throws Exception {
		mvc.perform(post("/admin/tokens").with(authentication(TestOfficers.signedIn(franceAdmin)))
			.with(csrf())
			.param("name", "too-long-" + System.nanoTime())
			.param("scopes", "MEMBERS_READ")
			.param("expiresOn", administration.today().plusYears(2).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("at most one year ahead")))
			.andExpect(content().string(not(containsString("pnt_"))));
	}

	@Test
	void everyWrongFieldIsExplainedAtOnce() throws Exception {
		String page = mvc
			.perform(post("/admin/tokens").with(authentication(TestOfficers.signedIn(franceAdmin)))
				.with(csrf())
				.param("name", "x"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Use 3 to 64 letters", "Choose at least one scope", "at most one year ahead")
			.doesNotContain("pnt_");
	}

	@Test
	void anNcbAdministratorRevokesAnOwnTokenAfterConfirmation() throws Exception {
		ApiToken token = administration
			.create(franceAdmin, new NewApiToken("to-revoke-" + System.nanoTime(), null,
					Set.of(ApiScope.MEMBERS_READ), administration.today().plusDays(5)))
			.token();
		mvc.perform(get("/admin/tokens/{id}/revoke", token.id())
			.with(authentication(TestOfficers.signedIn(franceAdmin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(token.name())));

		mvc.perform(post("/admin/tokens/{id}/revoke", token.id())
			.with(authentication(TestOfficers.signedIn(franceAdmin)))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/tokens"));

		assertThat(statusOf(token)).isEqualTo(ApiToken.Status.REVOKED);
	}

	@Test
	void anNcbAdministratorCannotRevokeAnotherOfficesToken() throws Exception {
		ApiToken brazilian = administration.visibleTo(TestOfficers.gsAdmin())
			.stream()
			.filter(token -> token.name().equals("demo-ncb-bra"))
			.findFirst()
			.orElseThrow();
		long deniedBefore = denials(brazilian);

		mvc.perform(get("/admin/tokens/{id}/revoke", brazilian.id())
			.with(authentication(TestOfficers.signedIn(franceAdmin)))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/tokens/{id}/revoke", brazilian.id())
			.with(authentication(TestOfficers.signedIn(franceAdmin)))
			.with(csrf())).andExpect(status().isForbidden());

		assertThat(statusOf(brazilian)).isEqualTo(ApiToken.Status.ACTIVE);
		assertThat(denials(brazilian)).isEqualTo(deniedBefore + 2);
	}

	@Test
	void anOfficerWhoIsNoAdministratorIsRefused() throws Exception {
		CurrentOfficer officer = TestOfficers.officer("case.officer", "NCB-FRA", Role.NCB_OFFICER);
		mvc.perform(get("/admin/tokens").with(authentication(TestOfficers.signedIn(officer))))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyPageRendersInArabic() throws Exception {
		mvc.perform(get("/admin/tokens/new").param("lang", "ar")
			.with(authentication(TestOfficers.signedIn(franceAdmin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("إنشاء رمز وصول")));
	}

	@Test
	void theApiDocumentationDescribesTokensAndTheirScopes() throws Exception {
		mvc.perform(get("/api/v1/openapi.json").with(authentication(TestOfficers.signedIn(franceAdmin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"apiToken\"")))
			.andExpect(content().string(containsString("find:documents")));
	}

	/** With arguments, a message goes through MessageFormat, where a lone apostrophe would swallow text. */
	@Test
	void messagesWithArgumentsKeepTheirApostrophes() throws Exception {
		for (String language : List.of("en", "fr", "es", "ar")) {
			Properties bundle = new Properties();
			try (Reader reader = Files.newBufferedReader(
					Path.of("src/main/resources/messages/tokens_" + language + ".properties"))) {
				bundle.load(reader);
			}
			for (String key : bundle.stringPropertyNames()) {
				String raw = bundle.getProperty(key);
				if (raw.contains("{0}")) {
					String shown = context.getMessage(key, new Object[] { "X", "Y" }, Locale.of(language));
					assertThat(shown).as(language + " " + key).isEqualTo(raw.replace("''", "'").replace("{0}", "X")
						.replace("{1}", "Y"));
				}
			}
		}
	}

	private ApiToken.Status statusOf(ApiToken token) {
		return administration.visibleTo(TestOfficers.gsAdmin())
			.stream()
			.filter(candidate -> candidate.id() == token.id())
			.findFirst()
			.orElseThrow()
			.status(administration.now());
	}

	private long denials(ApiToken token) {
		return jdbc.sql("""
				SELECT count(*) FROM audit_entry
				WHERE action = 'identity.token.revoke' AND outcome = 'DENIED' AND actor = :actor AND target = :target""")
			.param("actor", franceAdmin.username())
			.param("target", token.username())
			.query(Long.class)
			.single();
	}
}
