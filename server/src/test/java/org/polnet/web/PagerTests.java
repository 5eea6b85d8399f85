package org.polnet.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The shared pager keeps the list's search fields and moves only the page. */
@GroundModulesTest
class PagerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Test
	void linksToTheNextPageKeepingTheSearch() throws Exception {
		List<AuditRecord> records = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			records.add(new AuditRecord("pager.probe", ActorType.OFFICER, "NCB-FRA", "pager.test", "item " + i, null,
					Outcome.SUCCESS, null));
		}
		audit.recordAll(records);
		mvc.perform(get("/audit?actor=pager.probe").with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/audit?actor=pager.probe&amp;page=1\""),
					containsString("Page 1"), not(containsString("page=-1")))));
		mvc.perform(get("/audit?actor=pager.probe&page=1")
			.with(user("auditor").roles("AUDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/audit?actor=pager.probe&amp;page=0\""),
					containsString("Page 2"))));
	}
}
