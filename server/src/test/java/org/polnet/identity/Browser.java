package org.polnet.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests against the running server: keeps cookies, does not follow redirects (tests
 * assert them), and sends back the CSRF token of the last page it read, as a form would.
 */
class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String csrf = "";

	Browser(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(request(path).GET().build());
		Matcher matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("_csrf", csrf);
		return postWithoutCsrf(path, fields);
	}

	HttpResponse<String> postWithoutCsrf(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Posts JSON as the page's script does: the CSRF token of the last page read goes in a header. */
	HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	HttpResponse<String> postWithHeader(String path, String header, String value) {
		return send(request(path).header(header, value).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	HttpResponse<String> getWithHeader(String path, String header, String value) {
		return send(request(path).header(header, value).GET().build());
	}

	String session() {
		return cookies.getOrDefault("POLNET_SESSION", "");
	}

	/** Takes over another browser's session cookie, as a thief or a second tab would. */
	void useSession(String session) {
		cookies.put("POLNET_SESSION", session);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String[] pair = header.split(";", 2)[0].split("=", 2);
				boolean deleted = header.contains("Max-Age=0") || pair[1].isEmpty();
				if (deleted) {
					cookies.remove(pair[0]);
				}
				else {
					cookies.put(pair[0], pair[1]);
				}
			}
			return response;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
