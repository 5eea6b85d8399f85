package org.polnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.DemoApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP, as clients meet them: every error of the API is a problem detail, whatever answers it (Spring MVC, the
 * servlet container, the error path); an anonymous call is a 401 problem and leaves no session; pages carry the
 * security headers, HSTS too behind a TLS-terminating proxy.
 */
@PolnetIntegrationTest
class ErrorAnswersTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Value("${polnet.data-dir}")
	Path dataDir;

	@Test
	void anUnknownApiPathAWrongMethodAndAWrongContentTypeAnswerProblems() throws Exception {
		String token = demoToken("NCB-FRA");
		assertProblem(send(request("/api/v1/nothing-here").header("Authorization", "Bearer " + token).GET()), 404);
		assertProblem(send(request("/api/v1/members").header("Authorization", "Bearer " + token).DELETE()), 405);
		assertProblem(send(request("/api/v1/imports/sltd").header("Authorization", "Bearer " + token)
			.header("Content-Type", "image/png")
			.POST(HttpRequest.BodyPublishers.ofString("not a file"))), 415);
	}

	@Test
	void theErrorPathItselfAnswersAProblemNotStatus999() throws Exception {
		HttpResponse<String> response = send(request("/error").GET());

		assertThat(response.body()).doesNotContain("999");
		assertProblem(response, 404);
	}

	@Test
	void aMultipartImportOverTheUploadLimitAnswersA413Problem() throws Exception {
		String boundary = "polnet-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 60 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

		assertProblem(send(request("/api/v1/imports/sltd").header("Authorization", "Bearer " + demoToken("NCB-FRA"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))), 413);
	}

	@Test
	void anAnonymousPostToTheApiIsA401ProblemAndCreatesNoSession() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/users").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertProblem(response, 401);
		assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("POLNET_SESSION"));
	}

	@Test
	void pagesCarryAReferrerPolicyAFormActionPolicyAndHstsBehindATlsProxy() throws Exception {
		HttpResponse<String> plain = send(request("/login").GET());
		assertThat(plain.headers().firstValue("Referrer-Policy")).isPresent();
		assertThat(plain.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("form-action 'self'"));

		HttpResponse<String> proxied = send(request("/login").header("X-Forwarded-Proto", "https").GET());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));

		HttpResponse<String> api = send(request("/api/v1/members").header("X-Forwarded-Proto", "https")
			.header("Authorization", "Bearer " + demoToken("NCB-FRA"))
			.GET());
		assertThat(api.headers().firstValue("Referrer-Policy")).isPresent();
		assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "application/json");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status);
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
