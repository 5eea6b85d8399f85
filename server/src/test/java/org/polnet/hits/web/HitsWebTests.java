package org.polnet.hits.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.hits.RecordMatched;
import org.polnet.hits.TestHits;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The hits pages, API and live stream as officers and systems use them (MockMvc on the shared context). */
@GroundModulesTest
class HitsWebTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	private MockMvc mvc;

	private final Authentication france = TestOfficers
		.signedIn(TestOfficers.officer("fra.web", "NCB-FRA", Role.NCB_OFFICER));

	private final Authentication japan = TestOfficers
		.signedIn(TestOfficers.officer("jpn.web", "NCB-JPN", Role.NCB_OFFICER));

	private final Authentication kenya = TestOfficers
		.signedIn(TestOfficers.officer("ken.web", "NCB-KEN", Role.NCB_OFFICER));

	private final Authentication gs = TestOfficers.signedIn(TestOfficers.officer("gs.web", "GS", Role.GS_REVIEWER));

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void theListShowsTheOfficesHitsAsOwnerAndAsCheckerOnly() throws Exception {
		RecordMatched owned = TestHits.match("NCB-FRA", "NCB-JPN");
		RecordMatched checked = TestHits.match("NCB-BRA", "NCB-FRA");
		RecordMatched others = TestHits.match("NCB-JPN", "NCB-KEN");
		for (RecordMatched match : List.of(owned, checked, others)) {
			raise(match);
		}
		String all = page("/hits", france);
		assertThat(all).contains(owned.recordSummary(), checked.recordSummary()).doesNotContain(others.recordSummary());
		assertThat(page("/hits?side=OWNER&status=&database=&from=&to=", france)).contains(owned.recordSummary())
			.doesNotContain(checked.recordSummary());
		assertThat(page("/hits?side=CHECKER", france)).contains(checked.recordSummary())
			.doesNotContain(owned.recordSummary());
		assertThat(page("/hits?status=CONFIRMED", france)).doesNotContain(owned.recordSummary());
		assertThat(page("/hits?database=smv", france)).doesNotContain(owned.recordSummary());
		assertThat(page("/hits?from=2000-01-01&to=2000-12-31", france)).doesNotContain(owned.recordSummary());
		assertThat(page("/hits", gs)).contains(owned.recordSummary(), others.recordSummary());
	}

	@Test
	void theOwnerSeesWhoCheckedWhereAndWhyAndConfirms() throws Exception {
		RecordMatched match = TestHits.match("NCB-FRA", "NCB-JPN");
		long id = raise(match);
		assertThat(page("/hits/" + id, france)).contains(match.recordSummary(), match.checkedBy(), "Test border post",
				"Border control", "NCB-JPN", "Confirm the hit");
		mvc.perform(post("/hits/" + id + "/confirm").param("note", "Same holder").with(authentication(france)).with(csrf()))
			.andExpect(redirectedUrl("/hits/" + id + "?answered"));
		assertThat(page("/hits/" + id, france)).contains("Same holder").doesNotContain("Confirm the hit");
		assertThat(jdbc.sql("SELECT owner_answer FROM hits_hit WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("CONFIRMED");
	}

	@Test
	void aThirdOfficeGets404AndTheGeneralSecretariatReadsOnly() throws Exception {
		long id = raise(TestHits.match("NCB-FRA", "NCB-JPN"));
		mvc.perform(get("/hits/" + id).with(authentication(kenya))).andExpect(status().isNotFound());
		mvc.perform(post("/hits/" + id + "/confirm").with(authentication(kenya)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/hits/999999999").with(authentication(france))).andExpect(status().isNotFound());
		assertThat(page("/hits/" + id, gs)).doesNotContain("Confirm the hit");
		mvc.perform(post("/hits/" + id + "/reject").with(authentication(gs)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT status FROM hits_hit WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo("OPEN");
	}

	@Test
	void pagesSpeakTheOfficersLanguage() throws Exception {
		long id = raise(TestHits.match("NCB-FRA", "NCB-JPN"));
		assertThat(page("/hits/" + id + "?lang=fr", france)).contains("Confirmer le hit");
		assertThat(page("/hits?lang=ar", france)).contains("dir=\"rtl\"");
	}

	@Test
	void theApiAnswersOfficersAndReadOnlySystems() throws Exception {
		RecordMatched match = TestHits.match("NCB-FRA", "NCB-JPN");
		long id = raise(match);
		mvc.perform(get("/api/v1/hits/" + id).with(authentication(system("NCB-FRA", ApiScope.HITS_READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hit.recordSummary").value(match.recordSummary()))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.mayAnswer").value(false));
		mvc.perform(get("/api/v1/hits/" + id).with(authentication(system("NCB-KEN", ApiScope.HITS_READ))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/hits/" + id).with(authentication(system("NCB-FRA", ApiScope.MEMBERS_READ))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/hits/" + id + "/confirm").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(authentication(system("NCB-FRA", ApiScope.HITS_READ)))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/hits/" + id + "/reject").contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"Different holder\"}")
			.with(authentication(japan))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hit.checkerAnswer.answer").value("REJECTED"))
			.andExpect(jsonPath("$.hit.checkerAnswer.note").value("Different holder"));
		mvc.perform(post("/api/v1/hits/" + id + "/confirm").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isConflict());
		// still open: the owner office has not answered yet
		mvc.perform(get("/api/v1/hits").param("status", "OPEN").param("side", "CHECKER").param("size", "100")
			.with(authentication(system("NCB-JPN", ApiScope.HITS_READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.id == " + id + ")].status").value("OPEN"));
		mvc.perform(get("/api/v1/hits").param("status", "REJECTED").param("size", "100")
			.with(authentication(system("NCB-JPN", ApiScope.HITS_READ))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.id == " + id + ")]").isEmpty());
		mvc.perform(get("/api/v1/hits").param("side", "OWNER").param("size", "100").with(authentication(france)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.id == " + id + ")].recordSummary").value(match.recordSummary()));
	}

	@Test
	void theStreamTellsTheOwnerOfficeOfANewHitAndNotAThirdOffice() throws Exception {
		MvcResult owner = mvc.perform(get("/hits/stream").with(authentication(france)))
			.andExpect(request().asyncStarted())
			.andReturn();
		MvcResult third = mvc.perform(get("/hits/stream").with(authentication(kenya)))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(owner.getResponse().getContentAsString()).contains("event:waiting");
		long id = raise(TestHits.match("NCB-FRA", "NCB-JPN"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> owner.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("\"id\":" + id + ","));
		assertThat(owner.getResponse().getContentAsString()).contains("event:hit").contains("\"side\":\"OWNER\"");
		assertThat(third.getResponse().getContentAsString()).doesNotContain("\"id\":" + id + ",");
	}

	@Test
	void systemsHaveNoStreamOrPages() throws Exception {
		Authentication system = system("NCB-FRA", ApiScope.HITS_READ);
		mvc.perform(get("/hits/stream").with(authentication(system))).andExpect(status().isForbidden());
		mvc.perform(get("/hits").with(authentication(system))).andExpect(status().isForbidden());
	}

	private long raise(RecordMatched match) {
		return TestHits.raise(match, transactions, events, jdbc);
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A system client of the office whose token carries the scope, as the bearer filter authenticates it. */
	private static Authentication system(String office, ApiScope scope) {
		CurrentOfficer client = new CurrentOfficer("token:test-" + office.toLowerCase(), "Test system", office,
				"Office " + office, Set.of(Role.SYSTEM_CLIENT), Clearance.RESTRICTED);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.SYSTEM_CLIENT.authority()));
		authorities.add(new SimpleGrantedAuthority(scope.authority()));
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}
}
