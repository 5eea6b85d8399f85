package org.polnet.members.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@GroundModulesTest
@WithMockUser
class MembersApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsEveryMemberWithCodesNamesNcbAndVote() throws Exception {
		mvc.perform(get("/api/v1/members"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(195)))
			.andExpect(jsonPath("$[*].votes", everyItem(is(1))))
			.andExpect(jsonPath("$[?(@.iso3 == 'AFG')].numeric", contains("004")))
			.andExpect(jsonPath("$[?(@.iso3 == 'FRA')].names.fr", contains("France")))
			.andExpect(jsonPath("$[?(@.iso3 == 'FRA')].names.ar", contains("فرنسا")))
			.andExpect(jsonPath("$[?(@.iso3 == 'FRA')].region", contains("EUROPE")))
			.andExpect(jsonPath("$[?(@.iso3 == 'DEU')].ncb.code", contains("NCB-DEU")))
			.andExpect(jsonPath("$[?(@.iso3 == 'DEU')].ncb.city", contains("Wiesbaden")));
	}

	@Test
	void searchesByFrenchOrArabicName() throws Exception {
		mvc.perform(get("/api/v1/members").param("q", "Allemagne"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].iso3", contains("DEU")));
		mvc.perform(get("/api/v1/members").param("q", "ساحل"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].iso3", contains("CIV")));
		mvc.perform(get("/api/v1/members").param("q", "cote d ivoire"))
			.andExpect(jsonPath("$[*].iso3", contains("CIV")));
	}

	@Test
	void filtersByRegionAndRejectsAnUnknownRegion() throws Exception {
		mvc.perform(get("/api/v1/members").param("region", "middle_east_north_africa"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(17)))
			.andExpect(jsonPath("$[*].iso3", hasItem("SAU")));
		mvc.perform(get("/api/v1/members").param("region", "Atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void readsOneMemberWhateverTheCaseOfItsCode() throws Exception {
		mvc.perform(get("/api/v1/members/civ"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.iso2", is("CI")))
			.andExpect(jsonPath("$.names.en", is("Côte d’Ivoire")))
			.andExpect(jsonPath("$.ncb.code", is("NCB-CIV")))
			.andExpect(jsonPath("$.votes", is(1)));
	}

	@Test
	void answersAnUnknownCodeWithAProblemNamingIt() throws Exception {
		mvc.perform(get("/api/v1/members/xyz"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(404)))
			.andExpect(jsonPath("$.detail", is("No member country has the code XYZ.")));
	}

	@Test
	void answersAMalformedCodeWithABadRequestProblem() throws Exception {
		mvc.perform(get("/api/v1/members/FR1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status", is(400)));
		mvc.perform(get("/api/v1/members/FRAN")).andExpect(status().isBadRequest());
	}

	@Test
	void listsOfficesAndReadsOneWithTheMembersItServes() throws Exception {
		mvc.perform(get("/api/v1/offices"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(207)))
			.andExpect(jsonPath("$[0].code", is("GS")));
		mvc.perform(get("/api/v1/offices/rb-nairobi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type", is("REGIONAL_BUREAU")))
			.andExpect(jsonPath("$.country", is("KEN")))
			.andExpect(jsonPath("$.serves", hasSize(11)))
			.andExpect(jsonPath("$.serves", hasItem("SSD")));
		mvc.perform(get("/api/v1/offices/NCB-FRA"))
			.andExpect(jsonPath("$.names.es", is("OCN Francia")))
			.andExpect(jsonPath("$.city", is("Paris")));
		mvc.perform(get("/api/v1/offices/NCB-XYZ"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", is("No office has the code NCB-XYZ.")));
	}
}
