package org.polnet.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The crash test: the real application in its own process, clients sending messages with idempotency keys,
 * the server killed with SIGKILL while they send, then restarted on the same data. Every message the server
 * acknowledged must be there exactly once (a retry with its key returns the same message) and delivered (the
 * recipient office reads it with a valid signature), the fan-outs left outstanding by the crash completing at
 * restart.
 */
class MessagingCrashTests {

	private static final int CLIENTS = 4;

	private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** The last answer other than 201, to say why nothing was acknowledged should that happen. */
	private final java.util.concurrent.atomic.AtomicReference<String> lastOther = new java.util.concurrent.atomic.AtomicReference<>("none");

	@Test
	void everyAcknowledgedMessageSurvivesASigkillExactlyOnceAndIsDelivered() throws Exception {
		Path target = Path.of("target", "test-data").toAbsolutePath();
		Files.createDirectories(target);
		Path dataDir = Files.createTempDirectory(target, "messaging-crash-");
		int port = freePort();
		String base = "http://127.0.0.1:" + port;
		Process server = start(dataDir, port, "first.log");
		Map<String, String> acknowledged = new ConcurrentHashMap<>();
		try {
			awaitStarted(base, dataDir, server);
			String kenya = token(dataDir, "demo-ncb-ken");
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				clients.add(Thread.ofPlatform().start(() -> send(base, kenya, acknowledged)));
			}
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && Instant.now().isBefore(deadline)) {
				Thread.sleep(20);
			}
			assertThat(acknowledged).as("messages acknowledged before the kill; last other answer: %s", lastOther.get()).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
			server.destroyForcibly(); // SIGKILL: no shutdown hook, no graceful end of requests
			assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
			for (Thread client : clients) {
				client.join(Duration.ofSeconds(60));
			}

			server = start(dataDir, port, "second.log");
			awaitStarted(base, dataDir, server);
			String brasilia = token(dataDir, "demo-ncb-bra");
			for (Map.Entry<String, String> sent : acknowledged.entrySet()) {
				HttpResponse<String> retry = post(base, kenya, sent.getKey());
				assertThat(retry.statusCode()).as("a retry of an acknowledged message").isEqualTo(200);
				assertThat(field(retry.body(), "id")).isEqualTo(sent.getValue());
			}
			Instant deliveredBy = Instant.now().plus(Duration.ofMinutes(2));
			List<String> undelivered = new ArrayList<>(acknowledged.values());
			while (!undelivered.isEmpty() && Instant.now().isBefore(deliveredBy)) {
				undelivered.removeIf(id -> readable(base, brasilia, id));
				Thread.sleep(100);
			}
			assertThat(undelivered).as("acknowledged messages not delivered after the restart").isEmpty();
		}
		finally {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	/** Sends until the server is gone, keeping each message the server acknowledged (201) by its key. */
	private void send(String base, String token, Map<String, String> acknowledged) {
		while (true) {
			String key = UUID.randomUUID().toString();
			try {
				HttpResponse<String> response = post(base, token, key);
				if (response.statusCode() == 201) {
					acknowledged.put(key, field(response.body(), "id"));
				}
				else {
					lastOther.set(response.statusCode() + " " + response.body());
				}
			}
			catch (IOException gone) {
				lastOther.set(gone.toString());
				return;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private HttpResponse<String> post(String base, String token, String key) throws IOException, InterruptedException {
		String body = """
				{"offices": ["NCB-BRA"], "subject": "Crash test %s", "body": "<p>Synthetic message %s</p>",
				 "classification": "FOR_OFFICIAL_USE_ONLY", "priority": "ROUTINE"}""".formatted(key, key);
		return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages"))
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", key)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private boolean readable(String base, String token, String id) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/messages/" + id))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && "VALID".equals(field(response.body(), "signature"));
		}
		catch (IOException | InterruptedException e) {
			return false;
		}
	}

	/** The application on the main classes and dependencies only (not the tests'), with the demo data. */
	private static Process start(Path dataDir, int port, String log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx1g", "-cp", applicationClassPath(), "org.polnet.PolnetApplication",
				"--server.port=" + port, "--polnet.data-dir=" + dataDir, "--logging.level.root=warn")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve(log).toFile()))
			.start();
	}

	private static String applicationClassPath() throws IOException {
		List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
		if (entries.size() == 1 && entries.getFirst().endsWith(".jar")) { // Surefire's manifest-only jar
			try (JarFile jar = new JarFile(entries.getFirst())) {
				Manifest manifest = jar.getManifest();
				entries = Arrays.stream(manifest.getMainAttributes().getValue("Class-Path").split(" "))
					.filter(entry -> !entry.isBlank())
					.map(entry -> Path.of(URI.create(entry.startsWith("file:") ? entry : "file:" + entry)).toString())
					.collect(Collectors.toCollection(ArrayList::new));
			}
		}
		return entries.stream()
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(java.io.File.pathSeparator));
	}

	private void awaitStarted(String base, Path dataDir, Process server) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline) && server.isAlive()) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200
						&& Files.exists(dataDir.resolve("demo-credentials.txt"))
						&& Files.readString(dataDir.resolve("demo-credentials.txt")).contains("demo-ncb-jor")) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Polnet did not start; see the logs in " + dataDir);
	}

	private static String token(Path dataDir, String name) throws IOException {
		Matcher matcher = Pattern.compile("\\s" + name + "\\s+(pnt_\\S+)")
			.matcher(Files.readString(dataDir.resolve("demo-credentials.txt")));
		if (!matcher.find()) {
			throw new IllegalStateException("No demo token " + name);
		}
		return matcher.group(1);
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		return matcher.find() ? matcher.group(1) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
