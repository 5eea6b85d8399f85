package org.polnet.identity.officers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client hammering the API without credentials is in the audit trail at a bounded cost: its first refusal as it
 * happens, the others of the period counted in one entry; and it leaves no session behind.
 */
@PolnetIntegrationTest
class AnonymousRefusalsTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	AnonymousRefusals refusals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyAnonymousRefusalsCostAtMostTwoEntries() throws Exception {
		refusals.endPeriod();
		long before = lastEntryId();
		long sessions = sessions();
		for (int i = 0; i < 50; i++) {
			HttpResponse<String> response = CLIENT.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/members?probe=" + i)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(401);
		}

		refusals.endPeriod();

		List<String> targets = jdbc.sql("""
				SELECT target FROM audit_entry WHERE id > :before AND action = 'identity.unauthenticated'
				AND client_address = '127.0.0.1' ORDER BY id""").param("before", before).query(String.class).list();
		assertThat(targets).hasSize(2);
		assertThat(targets.get(1)).startsWith("49 more refusals from 127.0.0.1").endsWith("/api/v1/members");
		assertThat(sessions()).isEqualTo(sessions);
	}

	private long lastEntryId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
	}

	private long sessions() {
		return jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}
}
