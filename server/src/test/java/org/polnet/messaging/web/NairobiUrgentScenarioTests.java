package org.polnet.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.TestOfficers;
import org.polnet.messaging.Escalations;
import org.polnet.messaging.TestMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/**
 * The "done when": NCB Nairobi sends an urgent message to NCB Brasília and NCB Tokyo; both see it live with
 * a valid signature; Tokyo acknowledges it; Brasília does not, and after the deadline the CCC board shows the
 * escalation (the deadline passes through the escalation check's clock, not by waiting 15 minutes).
 */
@GroundModulesTest
class NairobiUrgentScenarioTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Escalations escalations;

	@Test
	void tokyoAcknowledgesBrasiliaDoesNotAndTheCccBoardShowsTheEscalation() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		Authentication nairobi = TestOfficers.signedIn(TestMessages.officer("NCB-KEN"));
		Authentication brasilia = TestOfficers.signedIn(TestMessages.officer("NCB-BRA"));
		Authentication tokyo = TestOfficers.signedIn(TestMessages.officer("NCB-JPN"));
		CurrentOfficer duty = TestMessages.dutyOfficer();
		MvcResult brasiliaStream = stream(mvc, brasilia);
		MvcResult tokyoStream = stream(mvc, tokyo);
		MvcResult nairobiStream = stream(mvc, nairobi);
		MvcResult dutyStream = stream(mvc, TestOfficers.signedIn(duty));

		String sent = mvc.perform(post("/api/v1/messages").with(authentication(nairobi)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"offices": ["NCB-BRA", "NCB-JPN"], "subject": "Urgent: suspect in transit",
						 "body": "<p>Synthetic scenario</p>", "classification": "RESTRICTED", "priority": "URGENT"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(sent, "$.id");
		Instant sentAt = Instant.parse(JsonPath.read(sent, "$.sentAt"));
		for (MvcResult live : new MvcResult[] { brasiliaStream, tokyoStream }) {
			await().atMost(Duration.ofSeconds(20)).until(() -> content(live).contains("event:message")
					&& content(live).contains(id));
		}
		for (Authentication recipient : new Authentication[] { brasilia, tokyo }) {
			mvc.perform(get("/api/v1/messages/" + id).with(authentication(recipient)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.signature").value("VALID"))
				.andExpect(jsonPath("$.mayAcknowledge").value(true));
		}
		mvc.perform(post("/api/v1/messages/" + id + "/acknowledge").with(authentication(tokyo)).with(csrf()))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(20)).until(() -> content(nairobiStream).contains("event:acknowledged"));

		escalations.escalateOverdue(sentAt.plus(Duration.ofMinutes(15)));

		String board = mvc.perform(get("/api/v1/messages/awaited-acknowledgements")
				.with(authentication(TestOfficers.signedIn(duty))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((java.util.List<String>) JsonPath.read(board, "$[?(@.messageId == '" + id + "')].recipientOffice"))
			.containsExactly("NCB-BRA");
		assertThat((java.util.List<Object>) JsonPath.read(board, "$[?(@.messageId == '" + id + "')].escalatedAt"))
			.doesNotContainNull();
		for (MvcResult alerted : new MvcResult[] { brasiliaStream, nairobiStream, dutyStream }) {
			await().atMost(Duration.ofSeconds(20)).until(() -> content(alerted).contains("event:escalation"));
		}
		assertThat(content(tokyoStream)).doesNotContain("event:escalation");
		String page = mvc.perform(get("/messages/ccc").param("lang", "en").with(authentication(TestOfficers.signedIn(duty))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Escalated").doesNotContain("Urgent: suspect in transit");
	}

	private static MvcResult stream(MockMvc mvc, Authentication who) throws Exception {
		return mvc.perform(get("/messages/stream").with(authentication(who))).andExpect(request().asyncStarted()).andReturn();
	}

	private static String content(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
