package org.polnet.members.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@GroundModulesTest
@WithMockUser
class MembersPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryMemberCountry() throws Exception {
		mvc.perform(get("/members").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Member countries"), containsString(">France</a>"),
					containsString(">Zimbabwe</a>"), containsString("Members found: 195"))));
	}

	@Test
	void searchWithoutJavaScriptShowsOnlyMatchingMembersOnAWholePage() throws Exception {
		mvc.perform(get("/members").param("q", "cote d ivoire").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString(">Côte d’Ivoire</a>"),
					containsString("Members found: 1"), not(containsString(">France</a>")))));
	}

	@Test
	void liveSearchAnswersWithTheResultsTableOnly() throws Exception {
		mvc.perform(get("/members").param("q", "Allemagne").param("lang", "fr").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"member-results\""),
					containsString(">Allemagne</a>"), not(containsString("<html")), not(containsString("Autriche")))));
	}

	@Test
	void filtersByRegion() throws Exception {
		mvc.perform(get("/members").param("region", "MIDDLE_EAST_NORTH_AFRICA").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Members found: 17"), containsString(">Saudi Arabia</a>"),
					not(containsString(">France</a>")))));
	}

	@Test
	void showsTheListInArabicRightToLeft() throws Exception {
		mvc.perform(get("/members").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("dir=\"rtl\""), containsString(">فرنسا</a>"),
					containsString("البلدان الأعضاء"))));
	}

	@Test
	void showsAMemberWithItsNamesNcbBureauAndVote() throws Exception {
		mvc.perform(get("/members/ken").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Kenya</h1>"),
					containsString("<span lang=\"ar\" dir=\"rtl\">كينيا</span>"), containsString("NCB-KEN"),
					containsString("Nairobi"), containsString("Regional Bureau, Nairobi"),
					containsString("<dd class=\"member-votes\">1</dd>"), containsString("Eastern Africa"))));
	}

	@Test
	void saysWhenNoRegionalBureauServesAMember() throws Exception {
		mvc.perform(get("/members/FRA").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("BCN France"), containsString("Europe occidentale"),
					containsString("Aucun bureau régional ne dessert ce pays membre."))));
	}

	@Test
	void answersAnUnknownMemberOrOfficeWithNotFound() throws Exception {
		mvc.perform(get("/members/XYZ")).andExpect(status().isNotFound());
		mvc.perform(get("/offices/NOPE")).andExpect(status().isNotFound());
	}

	@Test
	void listsOfficesAndShowsARegionalBureauWithTheMembersItServes() throws Exception {
		mvc.perform(get("/offices").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("General Secretariat, Lyon"), containsString("NCB France"),
					containsString("National Central Bureaus (195)"))));
		mvc.perform(get("/offices/RB-YAOUNDE").param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Oficina Regional de Yaundé"),
					containsString("Países miembros atendidos (8)"), containsString(">Camerún</a>"),
					containsString("NCB-GAB"))));
	}
}
