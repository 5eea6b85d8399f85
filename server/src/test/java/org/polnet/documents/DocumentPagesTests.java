package org.polnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditEntries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The SLTD pages and the border check page as officers use them. */
@PolnetIntegrationTest
class DocumentPagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	TravelDocuments documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	private MockMvc mvc;

	private final CurrentOfficer franceOfficer = TestOfficers.officer("fra.pages", "NCB-FRA", Role.NCB_OFFICER);

	private final Authentication france = TestOfficers.signedIn(franceOfficer);

	private final Authentication japan = TestOfficers
		.signedIn(TestOfficers.officer("jpn.pages", "NCB-JPN", Role.NCB_OFFICER));

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void theReportFormsOfDocumentsAndVehiclesAskWhoMaySeeTheRecordInTheirOwnWords() throws Exception {
		String documents = page("/documents/new?lang=fr", france);
		assertThat(documents).contains("name=\"classification\"", "name=\"countries\"", "name=\"reviewAt\"",
				"Seulement les pays listés", "laisser vide pour dix ans");
		String vehicles = page("/vehicles/new?lang=fr", france);
		assertThat(vehicles).contains("name=\"classification\"", "name=\"countries\"", "name=\"reviewAt\"",
				"Seulement les pays indiqués", "laissez vide pour dix ans");
	}

	@Test
	void anOfficerReportsAPassportAndReadsItAfterStatingWhy() throws Exception {
		String number = TestDocuments.newNumber();
		MvcResult created = mvc.perform(post("/documents").param("documentNumber", number)
			.param("issuingCountry", "fra")
			.param("type", "PASSPORT")
			.param("status", "STOLEN_ISSUED")
			.param("stolenOrLostOn", "2026-04-02")
			.param("nationalReference", "PN-PAGE-1")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("scope", "ALL_MEMBERS")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		long id = jdbc.sql("SELECT id FROM documents_sltd WHERE normalised_number = ?").param(number).query(Long.class).single();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/documents/" + id + "?purpose=verification");

		String purposeForm = page("/documents/" + id, japan);
		assertThat(purposeForm).contains("Why do you consult this record?", "action=\"/documents/" + id + "\"",
				"Border check", "Open the record").doesNotContain(number);
		String record = mvc.perform(get("/documents/" + id).param("purpose", "other")
			.param("other", "Interpol notice follow-up")
			.with(authentication(japan))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(record).contains(number, "PN-PAGE-1", "2026-04-02", "Stolen (issued)").doesNotContain("Withdraw the record");
		assertThat(new AuditLog(auditEntries).of("jpn.pages", "documents.view", ("SLTD-" + id)::equals))
			.extracting(AuditRecord::purpose)
			.containsExactly("other: Interpol notice follow-up");
		assertThat(page("/documents?number=" + number, france)).contains("SLTD-" + id);
	}

	@Test
	void anotherCountrysOfficerIsRefusedAndNothingIsWritten() throws Exception {
		String number = TestDocuments.newNumber();
		String body = mvc.perform(post("/documents").param("documentNumber", number)
			.param("issuingCountry", "FRA")
			.param("type", "PASSPORT")
			.param("status", "LOST")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("Only the NCB of the issuing country records its documents.");
		assertThat(jdbc.sql("SELECT count(*) FROM documents_sltd WHERE normalised_number = ?").param(number)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theOwnerWithdrawsWithAReasonAndTheListHidesHiddenRecords() throws Exception {
		TravelDocument lost = documents.report(franceOfficer, DocumentDraft.open(TestDocuments.newNumber(), "FRA",
				DocumentType.IDENTITY_CARD, DocumentStatus.LOST, null, ""), null);
		TravelDocument hidden = documents.report(franceOfficer, new DocumentDraft(TestDocuments.newNumber(), "FRA",
				DocumentType.PASSPORT, DocumentStatus.LOST, null, null, null, "", "", Clearance.FOR_OFFICIAL_USE_ONLY,
				AccessScope.ONLY_LISTED, Set.of("BRA"), null), null);
		assertThat(page("/documents?country=FRA&number=" + hidden.documentNumber(), japan)).doesNotContain(hidden.reference());
		mvc.perform(get("/documents/" + hidden.id() + "?purpose=investigation").with(authentication(japan)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/documents/" + lost.id() + "/withdraw").param("reason", "Found by its holder")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/documents/" + lost.id() + "?purpose=verification", france)).contains("Found by its holder",
				"Withdrawn");
		assertThat(page("/documents?number=" + lost.documentNumber(), france)).doesNotContain(lost.reference());
	}

	@Test
	void theOwnerAmendsTheRecordThroughItsFormAndOthersMayNotOpenTheForm() throws Exception {
		TravelDocument lost = documents.report(franceOfficer, DocumentDraft.open(TestDocuments.newNumber(), "FRA",
				DocumentType.PASSPORT, DocumentStatus.LOST, null, "R-OLD"), null);
		assertThat(page("/documents/" + lost.id() + "/edit", france)).contains("R-OLD", "Save the changes");
		mvc.perform(get("/documents/" + lost.id() + "/edit").with(authentication(japan))).andExpect(status().isForbidden());
		mvc.perform(post("/documents/" + lost.id()).param("documentNumber", lost.documentNumber())
			.param("issuingCountry", "FRA")
			.param("type", "PASSPORT")
			.param("status", "STOLEN_ISSUED")
			.param("nationalReference", "R-NEW")
			.param("classification", "FOR_OFFICIAL_USE_ONLY")
			.param("scope", "ALL_MEMBERS")
			.with(authentication(france))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/documents/" + lost.id() + "?purpose=verification", france)).contains("R-NEW", "<td>Reported</td>",
				"<td>Amended</td>");
	}

	@Test
	void aBorderOfficerChecksAPastedMrzAndIsToldOfAWrongCheckDigit() throws Exception {
		String number = TestDocuments.newNumber();
		documents.report(franceOfficer, DocumentDraft.open(number, "FRA", DocumentType.PASSPORT,
				DocumentStatus.STOLEN_ISSUED, null, "PN-BORDER-1"), null);
		String mrz = TestDocuments.passportMrz("FRA", number);
		assertThat(check(mrz)).contains("This document is recorded in SLTD", "PN-BORDER-1", "NCB-FRA");
		assertThat(check(TestDocuments.withWrongCheckDigit(mrz))).contains("could not be checked", "line 2, position 10")
			.doesNotContain("PN-BORDER-1");
		assertThat(page("/find/documents?lang=ar", japan)).contains("dir=\"rtl\"", "التحقق من وثيقة");
	}

	private String check(String mrz) throws Exception {
		return mvc.perform(post("/find/documents").param("mrz", mrz).param("place", "Haneda")
			.with(authentication(japan))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
