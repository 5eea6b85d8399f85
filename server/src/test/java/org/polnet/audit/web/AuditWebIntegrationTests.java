package org.polnet.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The auditors' pages and API, through the real security filter chain. */
@GroundModulesTest
class AuditWebIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void auditorSearchesTheTrailAndTheSearchIsItselfAudited() throws Exception {
		String actor = "officer-" + UUID.randomUUID();
		trail.record(record(actor, "persons.view", "person/4711"));
		// the pager and export links carry every field, empty ones included
		String page = mvc.perform(get("/audit").param("actor", actor).param("office", "").param("from", "")
			.param("to", "").param("outcome", "").param("page", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Audit trail").contains(actor).contains("persons.view").contains("person/4711");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = 'auditor.gs' AND action = 'audit.search' AND target = ?",
				Long.class, "actor=" + actor))
			.isOne();
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void pagesSpeakTheOfficersLanguage() throws Exception {
		mvc.perform(get("/audit").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Journal d’audit")));
		mvc.perform(get("/audit").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dir=\"rtl\"")));
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void exportIsUtf8CsvWithEscapedFieldsAndIsAudited() throws Exception {
		String actor = "officer-" + UUID.randomUUID();
		trail.record(record(actor, "persons.view", "Müller, \"Jo\"\nش"));
		byte[] csv = mvc.perform(get("/audit/export.csv").param("actor", actor))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("sequence,id,recorded_at,actor,actor_type,office,action,target,purpose,outcome,"
				+ "client_address\r\n");
		assertThat(text).contains("," + actor + ",OFFICER,NCB-FRA,persons.view,\"Müller, \"\"Jo\"\"\nش\",investigation,"
				+ "SUCCESS,10.0.0.1\r\n");
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = 'auditor.gs' AND action = 'audit.export' AND target = ?",
				Long.class, "actor=" + actor))
			.isOne();
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void apiSearchesWithTheSameFilters() throws Exception {
		String actor = "system-" + UUID.randomUUID();
		trail.record(record(actor, "documents.check", "P1234567"));
		trail.record(new AuditRecord(actor, ActorType.SYSTEM, "NCB-FRA", "documents.check", "P7654321", null,
				Outcome.DENIED, null));
		mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("outcome", "DENIED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries.length()").value(1))
			.andExpect(jsonPath("$.entries[0].record.target").value("P7654321"))
			.andExpect(jsonPath("$.hasNext").value(false));
		mvc.perform(get("/api/v1/audit/entries").param("actor", actor).param("action", "documents."))
			.andExpect(jsonPath("$.entries.length()").value(2));
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void publishesTheCheckpointKeysWithTheirValidityPeriods() throws Exception {
		mvc.perform(get("/api/v1/audit/keys"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[-1:].keyId").isNotEmpty())
			.andExpect(jsonPath("$[-1:].publicKey").value(org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.startsWith("-----BEGIN PUBLIC KEY-----"))))
			.andExpect(jsonPath("$[-1:].validFrom").isNotEmpty())
			.andExpect(jsonPath("$[-1:].validUntil").value(org.hamcrest.Matchers.hasItem(
					org.hamcrest.Matchers.nullValue())));
	}

	@Test
	@WithMockUser(username = "auditor.gs", roles = "AUDITOR")
	void verifyApiReportsAnIntactChainWithItsCounts() throws Exception {
		String actor = "officer-" + UUID.randomUUID();
		trail.record(record(actor, "persons.view", "person/1"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM audit_chain c JOIN audit_entry e ON e.id = c.entry_id "
					+ "WHERE e.actor = ?", Long.class, actor) == 1);
		mvc.perform(get("/api/v1/audit/verify"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entries").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.blocks").value(org.hamcrest.Matchers.greaterThan(0)));
		mvc.perform(get("/audit/verify"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The audit trail is intact.")));
	}

	@Test
	@WithMockUser(username = "officer.fra", roles = "NCB_OFFICER")
	void nonAuditorIsRefusedEveryPageAndEndpoint() throws Exception {
		for (String path : new String[] { "/audit", "/audit/export.csv", "/audit/verify", "/api/v1/audit/entries",
				"/api/v1/audit/verify" }) {
			mvc.perform(get(path)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = 'officer.fra' AND action LIKE 'audit.%'", Long.class))
			.isZero();
	}

	private static AuditRecord record(String actor, String action, String target) {
		return new AuditRecord(actor, ActorType.OFFICER, "NCB-FRA", action, target, "investigation", Outcome.SUCCESS,
				"10.0.0.1");
	}
}
