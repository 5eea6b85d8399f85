package org.polnet.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.polnet.engines.mrz.MrzDate;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzFormat;
import org.polnet.engines.mrz.MrzSex;
import org.polnet.engines.mrz.MrzWriter;

/**
 * FIND over HTTP on loopback, measured with wrk (keep-alive connections, one document per request), against the
 * two references the issue asks for, in one run of one server:
 * <ol>
 *   <li>{@code nothing}: an API endpoint doing nothing behind the same filters and token check, the ceiling of
 *       this server on this machine;</li>
 *   <li>{@code find}: {@code POST /api/v1/find/documents}, the in-memory index, every check audited (durably,
 *       through the audit's group commit) before it is answered;</li>
 *   <li>{@code database}: the same check with one indexed PostgreSQL query per document instead of the index.</li>
 * </ol>
 * The server is the real application started in its own process, on this benchmark's class path: the server's jar
 * and its dependencies, and the benchmarks, whose two reference endpoints ({@link NothingEndpoint},
 * {@code FindReferenceApi}) the application's component scan finds there and
 * {@code polnet.benchmark.reference-endpoints=true} switches on. It runs with a fresh embedded PostgreSQL, its
 * demo data, and {@code --records} more SLTD records loaded through the imports API by the French demo feed. The load is a
 * Japanese border system's token sending a rotating set of bodies: half scanned TD3 MRZs, half typed numbers;
 * one in a thousand a stolen French passport (a hit, which tells France), the rest no hit. The CPU time of the
 * server's JVM and of its PostgreSQL is read from /proc around each run, and the audit trail is counted before and
 * after each FIND run: every answered check must be there.
 * <p>
 * Usage (bench/find-http does it): {@code FindHttpBenchmark <results.md> [records] [seconds] [connections]}.
 */
public final class FindHttpBenchmark {

	private static final int BODIES = 1_000;

	private static final int FILE_ROWS = 250_000;

	/** wrk threads: two, one per core (one alone measured lower, its connections waiting on it). */
	private static final int WRK_THREADS = Integer.getInteger("wrk.threads", 2);

	private record Run(String name, String path, double requestsPerSecond, long requests, long failed,
			Map<String, String> latency, double jvmMicrosPerRequest, double databaseMicrosPerRequest, long audited) {
	}

	public static void main(String[] args) throws Exception {
		Path results = Path.of(args[0]);
		int records = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
		int connections = args.length > 3 ? Integer.parseInt(args[3]) : 32;
		String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
		Path dataDir = Files.createTempDirectory("polnet-find-http-");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process server = new ProcessBuilder(java, "-Xmx8g", "-cp", System.getProperty("java.class.path"),
				"org.polnet.PolnetApplication", "--server.port=" + port,
				"--polnet.data-dir=" + dataDir, "--polnet.benchmark.reference-endpoints=true",
				"--polnet.imports.max-upload=64MB", "--logging.level.root=warn")
			.redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("server.log").toFile())
			.start();
		boolean measured = false;
		try {
			String base = "http://127.0.0.1:" + port;
			awaitStarted(base, dataDir);
			String feed = token(dataDir, "demo-ncb-fra");
			String border = token(dataDir, "demo-ncb-jpn");
			double loadRate = preload(base, feed, records);
			Path lua = dataDir.resolve("find.lua");
			Files.writeString(lua, luaScript(border, writeBodies(dataDir.resolve("bodies.txt"), records)));
			long jvm = server.pid();
			List<Run> runs = new ArrayList<>();
			for (String[] target : new String[][] { { "nothing", "/api/v1/benchmark/nothing" },
					{ "find", "/api/v1/find/documents" }, { "database", "/api/v1/find/documents/database-reference" } }) {
				settle(dataDir, jvm);
				wrk(base + target[1], lua, connections, 15); // warm-up: JIT, connection pools, caches
				long auditedBefore = audited(dataDir);
				long[] before = cpu(jvm, dataDir);
				String output = wrk(base + target[1], lua, connections, seconds);
				long[] after = cpu(jvm, dataDir);
				long audited = audited(dataDir) - auditedBefore;
				runs.add(parse(target[0], target[1], output, before, after, audited));
				System.out.println(output);
			}
			String report = report(runs, records, loadRate, seconds, connections, loadBefore);
			Files.createDirectories(results.toAbsolutePath().getParent());
			Files.writeString(results, report);
			System.out.println(report);
			measured = true;
		}
		finally {
			server.destroy();
			if (!server.waitFor(60, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
			if (measured) {
				InProcessPolnet.deleteRecursively(dataDir); // a database of a million records; kept after a failure, for its log
			}
			else {
				System.err.println("The server's data and log are kept in " + dataDir);
			}
		}
	}

	private static void awaitStarted(String base, Path dataDir) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/liveness")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200
						&& Files.exists(dataDir.resolve("demo-credentials.txt"))
						&& Files.readString(dataDir.resolve("demo-credentials.txt")).contains("demo-ncb-jpn")) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Polnet did not start; see " + dataDir.resolve("server.log"));
	}

	private static String token(Path dataDir, String name) throws IOException {
		Matcher matcher = Pattern.compile("\\s" + name + "\\s+(pnt_\\S+)")
			.matcher(Files.readString(dataDir.resolve("demo-credentials.txt")));
		if (!matcher.find()) {
			throw new IllegalStateException("No demo token " + name);
		}
		return matcher.group(1);
	}

	/** French passports BF0000000… loaded through the imports API; returns the records per second it took. */
	private static double preload(String base, String token, int records) throws Exception {
		if (records == 0) {
			return 0;
		}
		HttpClient http = HttpClient.newHttpClient();
		long started = System.nanoTime();
		for (int first = 0; first < records; first += FILE_ROWS) {
			StringBuilder csv = new StringBuilder("number,issuing_country,type,status,reported_on,national_reference\n");
			for (int i = first; i < Math.min(records, first + FILE_ROWS); i++) {
				csv.append(stolenNumber(i)).append(",FRA,PASSPORT,STOLEN_ISSUED,2026-01-15,BENCH-").append(i).append('\n');
			}
			HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/sltd"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "text/csv")
				.POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (accepted.statusCode() != 202) {
				throw new IllegalStateException("Upload refused: " + accepted.statusCode() + " " + accepted.body());
			}
			String job = accepted.headers().firstValue("Location").orElseThrow();
			while (true) {
				String status = http.send(HttpRequest.newBuilder(URI.create(base + job))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofString()).body();
				if (status.contains("\"FAILED\"")) {
					throw new IllegalStateException("Import failed: " + status);
				}
				if (status.contains("\"COMPLETED\"") || status.contains("\"DONE\"")) {
					break;
				}
				Thread.sleep(250);
			}
		}
		return records / ((System.nanoTime() - started) / 1e9);
	}

	private static String stolenNumber(int i) {
		return String.format(Locale.ROOT, "BF%07d", i);
	}

	/** One JSON body per line: one in a thousand a loaded (stolen) passport, the others numbers never reported. */
	private static Path writeBodies(Path file, int records) throws IOException {
		List<String> bodies = new ArrayList<>(BODIES);
		for (int i = 0; i < BODIES; i++) {
			boolean hit = records > 0 && i == BODIES / 2;
			String number = hit ? stolenNumber(records / 2) : String.format(Locale.ROOT, "NX%07d", i);
			String issuer = i % 3 == 0 ? "D" : i % 3 == 1 ? "FRA" : "JPN";
			if (hit) {
				issuer = "FRA";
			}
			if (i % 2 == 0) {
				MrzDocument document = new MrzDocument("P", issuer, number, MrzDate.of(LocalDate.of(1980 + i % 30, 1 + i % 12, 1 + i % 28)),
						i % 4 == 0 ? MrzSex.FEMALE : MrzSex.MALE, MrzDate.of(LocalDate.of(2030, 6, 30)), issuer, "",
						"", "TRAVELLER", "BENCH");
				String mrz = MrzWriter.writeText(MrzFormat.TD3, document).replace("\n", "\\n");
				bodies.add("{\"mrz\":\"" + mrz + "\",\"place\":\"Narita T1 gate 3\"}");
			}
			else {
				bodies.add("{\"number\":\"" + number + "\",\"issuingCountry\":\"" + issuer + "\",\"type\":\"PASSPORT\"}");
			}
		}
		Files.write(file, bodies);
		return file;
	}

	private static String luaScript(String token, Path bodies) {
		return """
				local bodies = {}
				for line in io.lines("%s") do bodies[#bodies + 1] = line end
				local i = 0
				wrk.method = "POST"
				wrk.headers["Content-Type"] = "application/json"
				wrk.headers["Authorization"] = "Bearer %s"
				request = function()
				  i = i %% #bodies + 1
				  return wrk.format(nil, nil, nil, bodies[i])
				end
				""".formatted(bodies, token);
	}

	private static String wrk(String url, Path lua, int connections, int seconds) throws Exception {
		Process wrk = new ProcessBuilder("wrk", "-t" + WRK_THREADS, "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
				lua.toString(), url).redirectErrorStream(true).start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		return output;
	}

	/** Clock ticks (1/100 s) used so far by the server's JVM and by its PostgreSQL's processes. */
	private static long[] cpu(long jvm, Path dataDir) throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
		long database = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				String[] stat = stat(process);
				if (stat != null && (Long.parseLong(process.getFileName().toString()) == postmaster
						|| Long.parseLong(stat[3]) == postmaster)) {
					database += Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
				}
			}
		}
		String[] own = stat(Path.of("/proc", Long.toString(jvm)));
		return new long[] { Long.parseLong(own[13]) + Long.parseLong(own[14]), database };
	}

	private static String[] stat(Path process) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			// the command name may hold spaces: fields are counted after its closing parenthesis
			String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			String[] fields = new String[rest.length + 2];
			System.arraycopy(rest, 0, fields, 2, rest.length);
			return fields;
		}
		catch (IOException | RuntimeException gone) {
			return null;
		}
	}

	/**
	 * Before each target: a PostgreSQL checkpoint and a full collection of the server's heap, so that what the
	 * preload (a million records) or the previous target left to write or collect is not charged to the next one.
	 */
	private static void settle(Path dataDir, long jvm) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(dataDir), "postgres", password(dataDir))) {
			connection.createStatement().execute("CHECKPOINT");
		}
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process gc = new ProcessBuilder(jcmd, Long.toString(jvm), "GC.run").redirectErrorStream(true).start();
		gc.getInputStream().readAllBytes();
		gc.waitFor();
	}

	private static String jdbcUrl(Path dataDir) throws IOException {
		List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
		return "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres";
	}

	/** The embedded PostgreSQL's superuser password, which the server generated next to its database. */
	private static String password(Path dataDir) throws IOException {
		return Files.readString(dataDir.resolve("postgres-password")).strip();
	}

	private static long audited(Path dataDir) throws IOException, SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(dataDir), "postgres", password(dataDir));
				ResultSet count = connection.createStatement()
					.executeQuery("SELECT count(*) FROM audit_entry WHERE action = 'documents.find'")) {
			count.next();
			return count.getLong(1);
		}
	}

	private static Run parse(String name, String path, String output, long[] before, long[] after, long audited) {
		long requests = Long.parseLong(match(output, "(\\d+) requests in"));
		long failed = output.contains("Non-2xx") ? Long.parseLong(match(output, "Non-2xx or 3xx responses: (\\d+)")) : 0;
		failed += output.contains("Socket errors") ? errors(output) : 0;
		Map<String, String> latency = new LinkedHashMap<>();
		for (String percentile : List.of("50", "75", "90", "99")) {
			latency.put("p" + percentile, match(output, "\\s" + percentile + "%\\s+(\\S+)"));
		}
		latency.put("max", match(output, "Latency\\s+\\S+\\s+\\S+\\s+(\\S+)"));
		double perSecond = Double.parseDouble(match(output, "Requests/sec:\\s+(\\S+)"));
		return new Run(name, path, perSecond, requests, failed, latency, (after[0] - before[0]) * 10_000.0 / requests,
				(after[1] - before[1]) * 10_000.0 / requests, audited);
	}

	private static long errors(String output) {
		Matcher matcher = Pattern.compile("(connect|read|write|timeout) (\\d+)").matcher(output);
		long errors = 0;
		while (matcher.find()) {
			errors += Long.parseLong(matcher.group(2));
		}
		return errors;
	}

	private static String match(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("Not in wrk's output: " + regex + "\n" + text);
		}
		return matcher.group(1);
	}

	private static String report(List<Run> runs, int records, double loadRate, int seconds, int connections,
			String loadBefore) throws IOException {
		double ceiling = runs.getFirst().requestsPerSecond();
		StringBuilder report = new StringBuilder();
		report.append("# FIND over HTTP, ").append(Instant.now()).append("\n\n");
		report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average before the run ")
			.append(loadBefore).append(", at its end (the run's own) ").append(Files.readString(Path.of("/proc/loadavg")).strip())
			.append("; Java ")
			.append(System.getProperty("java.version")).append(".\n");
		report.append("SLTD: the demo records and ").append(String.format(Locale.ROOT, "%,d", records))
			.append(" more loaded through the imports API (").append(String.format(Locale.ROOT, "%,.0f", loadRate))
			.append(" records/s, with the FIND index kept current).\n");
		report.append("wrk: ").append(WRK_THREADS).append(WRK_THREADS == 1 ? " thread, " : " threads, ").append(connections).append(" keep-alive connections, ").append(seconds)
			.append(" s per target after a PostgreSQL checkpoint, a full GC of the server and 15 s of warm-up; one document per request.\n\n");
		report.append("| target | requests/s | of the ceiling | p50 | p90 | p99 | max | non-2xx | JVM µs/request | PostgreSQL µs/request | audited |\n");
		report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Run run : runs) {
			report.append(String.format(Locale.ROOT, "| %s (`%s`) | %,.0f | %.0f %% | %s | %s | %s | %s | %d | %.0f | %.0f | %s |%n",
					run.name(), run.path(), run.requestsPerSecond(), 100 * run.requestsPerSecond() / ceiling,
					run.latency().get("p50"), run.latency().get("p90"), run.latency().get("p99"), run.latency().get("max"),
					run.failed(), run.jvmMicrosPerRequest(), run.databaseMicrosPerRequest(),
					run.name().equals("nothing") ? "-" : String.format(Locale.ROOT, "%,d of %,d answered", run.audited(),
							run.requests() - run.failed())));
		}
		return report.toString();
	}

	private FindHttpBenchmark() {
	}
}
