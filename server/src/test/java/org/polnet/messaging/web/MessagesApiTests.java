package org.polnet.messaging.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.polnet.messaging.TestMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

/** The messages API as a national case-management system and officers use it, with each bad input's problem. */
@GroundModulesTest
class MessagesApiTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	@Test
	void aSystemSendsWithAnIdempotencyKeyAndARetryGivesTheSameMessage() throws Exception {
		Authentication kenya = system("NCB-KEN", ApiScope.MESSAGES_SEND);
		String key = UUID.randomUUID().toString();
		String body = message("[\"NCB-BRA\"]", "Case exchange", "<p>Synthetic</p>", "RESTRICTED", "ROUTINE");
		MvcResult first = mvc.perform(post("/api/v1/messages").with(authentication(kenya)).with(csrf()).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recipients[0]").value("NCB-BRA"))
			.andExpect(jsonPath("$.replayed").value(false))
			.andReturn();
		String id = JsonPath.read(first.getResponse().getContentAsString(), "$.id");
		assertThat(first.getResponse().getHeader("Location")).isEqualTo("/api/v1/messages/" + id);
		mvc.perform(post("/api/v1/messages").with(authentication(kenya)).with(csrf()).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.replayed").value(true));
		mvc.perform(post("/api/v1/messages").with(authentication(kenya)).with(csrf()).header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(message("[\"NCB-BRA\"]", "Case exchange", "<p>Another body</p>", "RESTRICTED", "ROUTINE")))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.detail").value("This Idempotency-Key was already used for a different message."));
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_message WHERE idempotency_key = ?").param(key)
			.query(Long.class).single()).isOne();
	}

	@Test
	void badInputIsAProblemAndStoresNothing() throws Exception {
		Authentication kenya = TestOfficers.signedIn(TestMessages.officer("NCB-KEN"));
		long before = count();
		send(kenya, message("[\"NCB-BRA\", \"NCB-ZZZ\"]", "Unknown", "x", "RESTRICTED", "ROUTINE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recipients.offices[1]"))
			.andExpect(jsonPath("$.detail").value("There is no office NCB-ZZZ."));
		send(kenya, message("[\"NCB-BRA\"]", "Too high", "x", "CONFIDENTIAL", "ROUTINE"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail")
				.value("The classification INTERPOL CONFIDENTIAL is above your clearance (INTERPOL RESTRICTED)."));
		send(kenya, message("[\"NCB-BRA\"]", "Script", "<p>Hi</p><script>alert(1)</script>", "RESTRICTED", "ROUTINE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"))
			.andExpect(jsonPath("$.detail").value("The body holds active content, which messages may not carry: <script>."));
		send(kenya, message("[]", "Nobody", "x", "RESTRICTED", "ROUTINE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("recipients"));
		send(kenya, message("[\"NCB-BRA\"]", "Secret", "x", "TOP_SECRET", "ROUTINE")).andExpect(status().isBadRequest());
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void scopesSeparateSendingFromReading() throws Exception {
		String body = message("[\"NCB-BRA\"]", "Scoped", "x", "RESTRICTED", "ROUTINE");
		send(system("NCB-KEN", ApiScope.MESSAGES_READ), body).andExpect(status().isForbidden());
		send(system("NCB-KEN", ApiScope.HITS_READ), body).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/messages").with(authentication(system("NCB-BRA", ApiScope.MESSAGES_SEND))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/messages").with(authentication(system("NCB-BRA", ApiScope.MESSAGES_READ))))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/messages").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theRecipientSeesTheMessageLiveReadsItWithAValidSignatureAndAcknowledgesIt() throws Exception {
		Authentication brasilia = system("NCB-BRA", ApiScope.MESSAGES_READ, ApiScope.MESSAGES_SEND);
		Authentication paris = system("NCB-FRA", ApiScope.MESSAGES_READ);
		MvcResult stream = mvc.perform(get("/api/v1/messages/stream").with(authentication(brasilia)))
			.andExpect(request().asyncStarted())
			.andReturn();
		MvcResult other = mvc.perform(get("/api/v1/messages/stream").with(authentication(paris)))
			.andExpect(request().asyncStarted())
			.andReturn();
		assertThat(stream.getResponse().getContentAsString()).contains("event:unread");
		Authentication kenya = TestOfficers.signedIn(TestMessages.officer("NCB-KEN"));
		String id = JsonPath.read(send(kenya, message("[\"NCB-BRA\"]", "Live", "<p>Synthetic</p>", "RESTRICTED", "FLASH"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> stream.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("\"id\":\"" + id + "\""));
		assertThat(stream.getResponse().getContentAsString()).contains("event:message").contains("\"priority\":\"FLASH\"");
		assertThat(other.getResponse().getContentAsString()).doesNotContain(id);
		mvc.perform(get("/api/v1/messages/" + id).with(authentication(brasilia)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject").value("Live"))
			.andExpect(jsonPath("$.signature").value("VALID"))
			.andExpect(jsonPath("$.mayAcknowledge").value(true));
		mvc.perform(get("/api/v1/messages/" + id).with(authentication(paris))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/messages/" + id + "/acknowledge").with(authentication(brasilia)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.office").value("NCB-BRA"))
			.andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
		mvc.perform(get("/api/v1/messages").param("priority", "FLASH").with(authentication(brasilia)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.messages[?(@.id == '" + id + "')].awaitingAcknowledgement").value(false));
	}

	@Test
	void onlyGeneralSecretariatDutyOfficersSeeTheAwaitedAcknowledgements() throws Exception {
		mvc.perform(get("/api/v1/messages/awaited-acknowledgements")
				.with(authentication(TestOfficers.signedIn(TestMessages.dutyOfficer()))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/messages/awaited-acknowledgements")
				.with(authentication(TestOfficers.signedIn(TestMessages.officer("NCB-KEN")))))
			.andExpect(status().isForbidden());
	}

	@Test
	void attachmentsAreSentEncryptedReadBackAndBadOnesRefusedWithNothingStored() throws Exception {
		Authentication kenya = TestOfficers.signedIn(TestMessages.officer("NCB-KEN"));
		MockMultipartFile json = new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE,
				message("[\"NCB-BRA\"]", "With a file", "<p>See the file</p>", "RESTRICTED", "ROUTINE")
					.getBytes(StandardCharsets.UTF_8));
		byte[] pdf = "%PDF-1.7\n% synthetic report\n".getBytes(StandardCharsets.US_ASCII);
		String sent = mvc.perform(multipart("/api/v1/messages").file(json)
				.file(new MockMultipartFile("attachments", "report.pdf", "application/pdf", pdf))
				.with(authentication(kenya)).with(csrf()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(sent, "$.id");
		TestMessages.awaitDelivery(jdbc, UUID.fromString(id));
		Authentication brasilia = TestOfficers.signedIn(TestMessages.officer("NCB-BRA"));
		String view = mvc.perform(get("/api/v1/messages/" + id).with(authentication(brasilia)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signature").value("VALID"))
			.andExpect(jsonPath("$.attachments[0].fileName").value("report.pdf"))
			.andReturn().getResponse().getContentAsString();
		String attachment = JsonPath.read(view, "$.attachments[0].id");
		byte[] stored = jdbc.sql("SELECT sealed FROM messaging_attachment WHERE id = ?").param(UUID.fromString(attachment))
			.query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("synthetic report");
		byte[] downloaded = mvc.perform(get("/api/v1/messages/" + id + "/attachments/" + attachment)
				.with(authentication(brasilia)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		mvc.perform(get("/api/v1/messages/" + id + "/attachments/" + attachment)
				.with(authentication(TestOfficers.signedIn(TestMessages.officer("NCB-FRA")))))
			.andExpect(status().isNotFound());

		long before = count();
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		mvc.perform(multipart("/api/v1/messages").file(json)
				.file(new MockMultipartFile("attachments", "invoice.pdf", "application/pdf", executable))
				.with(authentication(kenya)).with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(
					"The attachment invoice.pdf is not of an accepted type (PDF, PNG, JPEG, GIF, Office document, plain text)."));
		byte[] large = new byte[26 * 1024 * 1024];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		mvc.perform(multipart("/api/v1/messages").file(json)
				.file(new MockMultipartFile("attachments", "large.pdf", "application/pdf", large))
				.with(authentication(kenya)).with(csrf()))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value("The attachment large.pdf is larger than 25 MB."));
		assertThat(count()).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.ResultActions send(Authentication who, String body) throws Exception {
		return mvc.perform(post("/api/v1/messages").with(authentication(who)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM messaging_message").query(Long.class).single();
	}

	private static String message(String offices, String subject, String body, String classification, String priority) {
		return """
				{"offices": %s, "subject": "%s", "body": "%s", "classification": "%s", "priority": "%s"}"""
			.formatted(offices, subject, body, classification, priority);
	}

	/** A system client of the office whose token carries the scopes, as the bearer filter authenticates it. */
	private static Authentication system(String office, ApiScope... scopes) {
		CurrentOfficer client = new CurrentOfficer("token:test-" + office.toLowerCase(), "Test system", office,
				"Office " + office, Set.of(Role.SYSTEM_CLIENT), Clearance.RESTRICTED);
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.SYSTEM_CLIENT.authority()));
		for (ApiScope scope : scopes) {
			authorities.add(new SimpleGrantedAuthority(scope.authority()));
		}
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}
}
