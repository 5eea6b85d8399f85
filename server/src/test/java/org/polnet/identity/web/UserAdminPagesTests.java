package org.polnet.identity.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's forms offer the roles they may grant and the clearances, with the current ones chosen. */
@PolnetIntegrationTest
class UserAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theNewUserFormOffersOnlyNcbRolesToAnNcbAdministrator() throws Exception {
		mvc.perform(get("/admin/users/new").with(authentication(TestOfficers.signedIn(TestOfficers.ncbAdmin("NCB-FRA")))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"NCB_OFFICER\""), containsString("id=\"clearance\""),
					containsString("INTERPOL CONFIDENTIAL"), org.hamcrest.Matchers.not(containsString("value=\"GS_ADMIN\"")))));
	}

	@Test
	void theUserPageShowsTheOfficersCurrentRolesAndClearance() throws Exception {
		long id = jdbc.sql("SELECT id FROM identity_officer WHERE username = 'fra.officer'").query(Long.class).single();
		mvc.perform(get("/admin/users/{id}", id)
			.with(authentication(TestOfficers.signedIn(TestOfficers.ncbAdmin("NCB-FRA")))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NCB_OFFICER\" checked=\"checked\"")));
	}
}
