package org.polnet.bicycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetApplication;
import org.polnet.TestDataDirectory;
import org.polnet.documents.TestDocuments;
import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.ImportFeeds;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

/**
 * A new police database is small: stolen bicycles (this package, about 150 lines of main-code-shaped code, a
 * migration, a fields template and its words) get from the records skeleton their pages, API, access rules,
 * audit, history and bulk import, with nothing of their own for any of it.
 */
@SpringBootTest(classes = PolnetApplication.class)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDataDirectory.class)
@ActiveProfiles({ "demo", "test", "bicycles" })
class BicyclesOnTheSkeletonTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	ObjectMapper json;

	private final CurrentOfficer franceOfficer = TestOfficers.officer("fra.bike", "NCB-FRA", Role.NCB_OFFICER);

	private final Authentication france = TestOfficers.signedIn(franceOfficer);

	private final Authentication japan = TestOfficers
		.signedIn(TestOfficers.officer("jpn.bike", "NCB-JPN", Role.NCB_OFFICER));

	private final Authentication brazil = TestOfficers
		.signedIn(TestOfficers.officer("bra.bike", "NCB-BRA", Role.NCB_OFFICER));

	private final String frame = "FR" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();

	@Test
	void anOfficerReportsOnTheSharedFormAndOnlyTheListedCountrySeesIt() throws Exception {
		mvc.perform(post("/bicycles").param("frameNumber", frame)
			.param("make", "Velorama")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("scope", "ONLY_LISTED")
			.param("countries", "JPN")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long id = idOf(frame);

		assertThat(page("/bicycles/" + id, japan)).contains("Why do you consult this record?").doesNotContain(frame);
		assertThat(page("/bicycles/" + id + "?purpose=investigation", japan)).contains(frame, "Velorama", "NCB-FRA",
				"Reported", "fra.bike");
		assertThat(page("/bicycles?frame=" + frame, japan)).contains("BIKE-" + id);
		assertThat(page("/bicycles?frame=" + frame, brazil)).doesNotContain("BIKE-" + id).contains("No bicycle matches.");
		mvc.perform(get("/bicycles/" + id).param("purpose", "investigation").with(authentication(brazil)))
			.andExpect(status().isNotFound());
		// the shared pages and API inherit the database's rule: no system client (API token) reads through them
		Authentication token = TestDocuments.system("jpn-bike-feed", "NCB-JPN", "imports:write");
		mvc.perform(get("/bicycles/" + id).param("purpose", "investigation").with(authentication(token)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bicycles/" + id).param("purpose", "investigation").with(authentication(token)))
			.andExpect(status().isForbidden());
		assertThat(audit("jpn.bike", "bicycles.view", "BIKE-" + id)).isEqualTo("investigation SUCCESS");
		assertThat(audit("bra.bike", "bicycles.view", "BIKE-" + id)).isEqualTo("investigation DENIED");
	}

	@Test
	void onlyTheOwnerWithdrawsWithAReasonAndARefusalIsAuditedAndWritesNothing() throws Exception {
		long id = json.readTree(mvc.perform(post("/api/v1/bicycles").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"frameNumber":"%s","make":"Cargo","classification":"FOR_OFFICIAL_USE_ONLY","scope":"ALL_MEMBERS",
					 "countries":[]}""".formatted(frame))
			.with(authentication(france))
			.with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();

		mvc.perform(post("/bicycles/" + id + "/withdraw").param("reason", "mine now").with(authentication(japan)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(audit("jpn.bike", "bicycles.withdraw", "BIKE-" + id)).isEqualTo("null DENIED");
		mvc.perform(post("/bicycles/" + id + "/withdraw").param("reason", "Found in Lyon").with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/bicycles/" + id).param("purpose", "verification").with(authentication(japan)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawnReason").value("Found in Lyon"));
		assertThat(page("/bicycles/" + id + "?purpose=verification", france)).contains("Withdrawn", "Found in Lyon")
			.doesNotContain("Withdraw the record");
		mvc.perform(post("/api/v1/bicycles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"frameNumber\":\"bad frame\",\"make\":\"\",\"classification\":\"FOR_OFFICIAL_USE_ONLY\","
					+ "\"scope\":\"ALL_MEMBERS\",\"countries\":[]}")
			.with(authentication(france))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("frame_number"));
	}

	@Test
	void aFeedIsLoadedThroughTheImportsAndLoadingItAgainChangesNothing() throws Exception {
		String csv = "frame_number,make,access_countries\n" + frame + ",Feed,\n" + frame + "X,Feed,XX1\n";
		assertThat(upload(csv)).containsExactly(2L, 1L, 1L, 1L, 0L, 0L);
		// the same rows in another file (the same file again is the same job): every row unchanged
		assertThat(upload(csv + "\n")).containsExactly(2L, 1L, 1L, 0L, 0L, 1L);
		long id = idOf(frame);
		assertThat(page("/bicycles/" + id + "?purpose=verification", japan)).contains("Feed", "Reported", "fra.bike");
	}

	private List<Long> upload(String csv) throws Exception {
		ImportFeeds feeds = new ImportFeeds(mvc, json, "bicycles", france);
		return ImportFeeds.counts(feeds.finished(feeds.upload(csv, status().isAccepted())));
	}

	private long idOf(String frameNumber) {
		return jdbc.sql("SELECT id FROM bicycles_bicycle WHERE frame_number = ?").param(frameNumber).query(Long.class).single();
	}

	private String audit(String actor, String action, String target) {
		List<AuditRecord> entries = new AuditLog(auditEntries).of(actor, action, target::equals);
		assertThat(entries).hasSize(1);
		return AuditLog.purposeAndOutcome(entries.getFirst());
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
