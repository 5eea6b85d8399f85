package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.ApiScope;
import org.polnet.identity.TestOfficers;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.NewApiToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A national system streaming a feed to the running server with its API token, as over the network. */
@PolnetIntegrationTest
class ImportsOverHttpTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenAdministration tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void aFeedLargerThanTheGeneralApiBodyLimitIsStreamedAndLoaded() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String secret = tokens.create(TestOfficers.ncbAdmin("NCB-FRA"), new NewApiToken("feed-" + run.toLowerCase(), null,
				Set.of(ApiScope.IMPORTS_WRITE), tokens.today().plusMonths(1))).secret();
		StringBuilder csv = new StringBuilder("country,number,kind,remarks\n");
		int rows = 30_000;
		for (int i = 0; i < rows; i++) {
			csv.append("FRA,").append(run).append('-').append(i).append(",PASSPORT,reported by the national feed\n");
		}
		byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
		assertThat(body.length).isGreaterThan(1024 * 1024);

		// with its Content-Length above the 1 MB other API bodies may not pass
		HttpResponse<String> accepted = CLIENT.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/imports/" + TestRowsTarget.NAME + "?fileName=feed.csv"))
			.header("Authorization", "Bearer " + secret)
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		String location = accepted.headers().firstValue("Location").orElseThrow();

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			HttpResponse<String> job = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + location))
				.header("Authorization", "Bearer " + secret)
				.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode node = json.readTree(job.body());
			assertThat(node.get("status").asString()).isEqualTo("COMPLETED");
			assertThat(node.get("rowsNew").asLong()).isEqualTo(rows);
		});
		assertThat(jdbc.sql("SELECT count(*) FROM imports_test_row WHERE number LIKE ?")
			.param(run + "-%")
			.query(Long.class)
			.single()).isEqualTo(rows);
	}
}
