package org.polnet.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.TestOfficers;
import org.polnet.messaging.Escalations;
import org.polnet.messaging.MessageDesk;
import org.polnet.messaging.NewMessage;
import org.polnet.messaging.Priority;
import org.polnet.messaging.Recipients;
import org.polnet.messaging.SentMessage;
import org.polnet.messaging.TestMessages;
import org.polnet.identity.Clearance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The inbox, message, compose and CCC pages as officers use them (MockMvc on the shared context). */
@GroundModulesTest
class MessagePagesTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MessageDesk desk;

	@Autowired
	Escalations escalations;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void anOfficerComposesSendsAndTheRecipientReadsTheMessageWithItsSignatureAndReceipts() throws Exception {
		CurrentOfficer nairobi = TestMessages.officer("NCB-KEN");
		CurrentOfficer brasilia = TestMessages.officer("NCB-BRA");
		String compose = page("/messages/new?lang=fr", TestOfficers.signedIn(nairobi));
		assertThat(compose).contains("Brésil (Brasília)").contains("Nouveau message").doesNotContain("value=\"NCB-KEN\"");
		String location = mvc.perform(post("/messages").with(authentication(TestOfficers.signedIn(nairobi))).with(csrf())
				.param("offices", "NCB-BRA")
				.param("subject", "Synthetic case 42")
				.param("body", "<p>Meeting <b>tomorrow</b></p>")
				.param("classification", "RESTRICTED")
				.param("priority", "URGENT"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/messages/*?sent"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring("/messages/".length(), location.indexOf('?'));
		TestMessages.awaitDelivery(jdbc, java.util.UUID.fromString(id));
		String inbox = page("/messages?lang=en", TestOfficers.signedIn(brasilia));
		assertThat(inbox).contains("Synthetic case 42").contains("To acknowledge");
		String message = page("/messages/" + id + "?lang=en", TestOfficers.signedIn(brasilia));
		assertThat(message).contains("<p>Meeting <b>tomorrow</b></p>").contains("Signature valid")
			.contains("Acknowledge for my office");
		mvc.perform(post("/messages/" + id + "/acknowledge").with(authentication(TestOfficers.signedIn(brasilia)))
			.with(csrf())).andExpect(status().is3xxRedirection());
		String asSender = page("/messages/" + id + "?lang=en", TestOfficers.signedIn(nairobi));
		assertThat(asSender).contains(brasilia.username()).doesNotContain("Acknowledge for my office");
	}

	@Test
	void aRefusedMessageShowsTheComposeFormWithTheReasonAndStoresNothing() throws Exception {
		CurrentOfficer nairobi = TestMessages.officer("NCB-KEN");
		long before = jdbc.sql("SELECT count(*) FROM messaging_message").query(Long.class).single();
		String answer = mvc.perform(post("/messages").with(authentication(TestOfficers.signedIn(nairobi))).with(csrf())
				.param("lang", "en")
				.param("offices", "NCB-BRA")
				.param("subject", "Script")
				.param("body", "<script>alert(1)</script>")
				.param("classification", "RESTRICTED")
				.param("priority", "ROUTINE"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("The body holds active content").contains("value=\"Script\"");
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_message").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theCccBoardShowsEscalationsToGeneralSecretariatDutyOfficersOnly() throws Exception {
		SentMessage sent = desk.send(TestMessages.officer("NCB-KEN"), NewMessage.of(Recipients.toOffices("NCB-JOR"),
				"Flash for the board", "Synthetic", Clearance.RESTRICTED, Priority.FLASH), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		escalations.escalateOverdue(sent.sentAt().plus(Duration.ofMinutes(5)));
		Authentication duty = TestOfficers.signedIn(TestMessages.dutyOfficer());
		String board = page("/messages/ccc?lang=en", duty);
		assertThat(board).contains("Command and Coordination Centre").contains("NCB-JOR").contains("Escalated")
			.doesNotContain("Flash for the board");
		mvc.perform(post("/messages/ccc/handover").with(authentication(duty)).with(csrf()).param("note", "Called NCB Amman"))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/messages/ccc/board?lang=en", duty)).contains("Called NCB Amman");
		mvc.perform(get("/messages/ccc").with(authentication(TestOfficers.signedIn(TestMessages.officer("NCB-KEN")))))
			.andExpect(status().isForbidden());
	}

	private String page(String path, Authentication who) throws Exception {
		return mvc.perform(get(path).with(authentication(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
