package org.polnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.DemoApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's body limit counts the bytes actually read: a body sent in chunks, without a length, is refused with a
 * 413 problem once it passes the limit, as one that declares its length is.
 */
@PolnetIntegrationTest
class RequestSizeLimitTests {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

	@Test
	void aChunkedBodyOverTheLimitIsRefusedWith413() throws Exception {
		// valid JSON all along (a purpose of 3 MB), so that only its size can refuse it
		byte[] start = "{\"number\":\"X1234567\",\"issuingCountry\":\"FRA\",\"purpose\":\"".getBytes(StandardCharsets.UTF_8);
		byte[] filler = new byte[3 * 1024 * 1024];
		java.util.Arrays.fill(filler, (byte) 'a');
		byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/find/documents"))
			.header("Authorization", "Bearer " + demoToken("NCB-FRA"))
			.header("Content-Type", "application/json")
			// no length: sent chunked
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
					List.of(new ByteArrayInputStream(start), new ByteArrayInputStream(filler),
							new ByteArrayInputStream(end))))))
			.build();

		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413");
	}

	@Test
	void aChunkedBodyUnderTheLimitIsRead() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/find/documents"))
			.header("Authorization", "Bearer " + demoToken("NCB-FRA"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
					"{\"number\":\"X1234567\",\"issuingCountry\":\"FRA\",\"purpose\":\"border check\"}"
						.getBytes(StandardCharsets.UTF_8))))
			.build();

		HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
	}

	private String demoToken(String office) throws IOException {
		return Files.readString(dataDir.resolve(DemoApiTokens.FILE_NAME))
			.lines()
			.filter(line -> line.startsWith(office + " "))
			.findFirst()
			.orElseThrow()
			.split("\\s+")[2];
	}
}
