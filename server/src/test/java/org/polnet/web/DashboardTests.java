package org.polnet.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

@GroundModulesTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	private final CurrentOfficer officer = new CurrentOfficer("dash.officer", "Dana Dashboard (test)", "NCB-FRA",
			"NCB France", Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED);

	private final UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken
		.authenticated(officer, null, Set.of(new SimpleGrantedAuthority(Role.NCB_OFFICER.authority())));

	@Test
	void greetsTheOfficerWithTheirOfficeClearanceAndTheOrganisationAtAGlance() throws Exception {
		mvc.perform(get("/").with(authentication(signedIn)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Welcome, Dana Dashboard (test)"),
					containsString("NCB France"), containsString("INTERPOL RESTRICTED"), containsString("NCB officer"),
					containsString("id=\"member-count\">195</div>"), containsString("id=\"office-count\">207</div>"),
					containsString("id=\"vote-count\">195</div>"))));
	}

	@Test
	void showsTheOfficersOwnRecentActivityFromTheAuditTrail() throws Exception {
		audit.record(new AuditRecord("dash.officer", ActorType.OFFICER, "NCB-FRA", "identity.sign-in",
				"dash.officer", null, Outcome.SUCCESS, "192.0.2.10"));
		audit.record(new AuditRecord("someone.else", ActorType.OFFICER, "NCB-BRA", "identity.secret-action",
				"x", null, Outcome.SUCCESS, null));
		mvc.perform(get("/").with(authentication(signedIn)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("identity.sign-in"), containsString(" UTC"),
					org.hamcrest.Matchers.not(containsString("identity.secret-action")))));
	}

	@Test
	void speaksArabicRightToLeft() throws Exception {
		mvc.perform(get("/").param("lang", "ar").with(authentication(signedIn)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dir=\"rtl\""), containsString("lang=\"ar\""),
					containsString("لوحة المتابعة"), containsString("فرنسا"))));
	}
}
