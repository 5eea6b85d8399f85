package org.polnet.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditEntry;
import org.polnet.audit.AuditQuery;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** An auditor's own searches are recorded under their name and office. */
@GroundModulesTest
class AuditedOfficerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditEntries entries;

	@Test
	void recordsTheAuditorsOfficeWithTheirSearch() throws Exception {
		CurrentOfficer auditor = new CurrentOfficer("office.auditor", "Olga Office (test)", "GS",
				"General Secretariat, Lyon", Set.of(Role.AUDITOR), Clearance.CONFIDENTIAL);
		mvc.perform(get("/audit").with(authentication(UsernamePasswordAuthenticationToken.authenticated(auditor, null,
				Set.of(new SimpleGrantedAuthority(Role.AUDITOR.authority()))))))
			.andExpect(status().isOk());
		List<AuditEntry> recorded = new ArrayList<>();
		entries.forEach(new AuditQuery("office.auditor", null, "audit.search", null, null, null), recorded::add);
		assertThat(recorded).singleElement().satisfies(entry -> {
			assertThat(entry.record().office()).isEqualTo("GS");
			assertThat(entry.record().actorType()).isEqualTo(ActorType.OFFICER);
		});
	}
}
