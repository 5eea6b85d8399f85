package org.polnet.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.polnet.bench.InProcessPolnet;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.imports.ImportJob;
import org.polnet.imports.Imports;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk loading of SLTD through the real target ({@code sltd}: what {@code POST /api/v1/imports/sltd} does): files of
 * valid SLTD rows of French documents, uploaded by an officer of NCB France through {@link Imports}, each file its
 * own import job, the jobs running two at a time (the server's {@code polnet.imports.workers}). Every row is parsed,
 * validated with the rules of a report, merged with COPY, gets its history row, and reaches the FIND index through
 * {@link DocumentsImported} when its batch commits.
 * <p>
 * One shot per trial: the time to load {@code records} new records into an empty database (from the first upload
 * until every job has finished). Records per second = records / score. The log also prints the FIND index size and
 * the heap after a full GC. {@code -p records=1000000} for a quick check; the run for the record is 10 million.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = { "-Xms12g", "-Xmx12g", "-XX:+UseParallelGC" })
public class SltdLoadBenchmark {

	static final int FILE_ROWS = 1_000_000;

	private static final CurrentOfficer UPLOADER = new CurrentOfficer("bench.fra", "Bench", "NCB-FRA", "NCB France",
			Set.of(Role.NCB_OFFICER), Clearance.CONFIDENTIAL);

	private static final String[] STATUSES = { "STOLEN_ISSUED", "LOST", "STOLEN_ISSUED", "LOST", "STOLEN_BLANK",
			"REVOKED" };

	@Param("10000000")
	public int records;

	/**
	 * {@code as-migrated}: the table as the migrations make it. {@code lean}: what a decision to trade guarantees for
	 * load speed would buy, measured rather than guessed: the table without its CHECK constraints, its owner and
	 * review-date indexes dropped before the load and built again after it (inside the measured time). Never a
	 * setting of Polnet itself.
	 */
	@Param("as-migrated")
	public String table;

	private InProcessPolnet polnet;

	private Imports imports;

	private final List<Path> files = new ArrayList<>();

	@Setup(Level.Trial)
	public void startPolnet() throws IOException {
		polnet = InProcessPolnet.start("--polnet.imports.max-upload=1GB");
		imports = polnet.bean(Imports.class);
		if ("lean".equals(table)) {
			JdbcTemplate jdbc = polnet.bean(JdbcTemplate.class);
			jdbc.execute("""
					DO $$ DECLARE c record; BEGIN
					  FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = 'documents_sltd'::regclass AND contype = 'c' LOOP
					    EXECUTE format('ALTER TABLE documents_sltd DROP CONSTRAINT %I', c.conname);
					  END LOOP;
					END $$""");
			jdbc.execute("DROP INDEX documents_sltd_owner");
			jdbc.execute("DROP INDEX documents_sltd_review");
		}
		for (int first = 0; first < records; first += FILE_ROWS) {
			files.add(write(first, Math.min(records, first + FILE_ROWS)));
		}
	}

	/** Rows {@code from} to {@code to} (exclusive), each a distinct French document as a national feed sends it. */
	private Path write(int from, int to) throws IOException {
		Path file = polnet.dataDirectory().resolve("sltd-" + from + ".csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("number,issuing_country,type,status,reported_on,stolen_or_lost_on,issued_on,expires_on,"
					+ "national_reference\n");
			for (int i = from; i < to; i++) {
				// passport-like numbers: two letters and seven digits, unique per i
				String number = "" + (char) ('A' + i / 10_000_000 % 26) + (char) ('A' + i % 26) + String.format("%07d",
						i % 10_000_000);
				int day = 1 + i % 28;
				int month = 1 + i % 12;
				String reported = "2025-" + two(month) + "-" + two(day);
				out.write(number + ",FRA," + (i % 10 == 0 ? "IDENTITY_CARD" : "PASSPORT") + "," + STATUSES[i % 6] + ","
						+ reported + "," + reported + ",20" + two(15 + i % 10) + "-" + two(month) + "-" + two(day) + ",20"
						+ two(25 + i % 10) + "-" + two(month) + "-" + two(day) + ",FR-PN-2025-" + i + "\n");
			}
		}
		return file;
	}

	private static String two(int value) {
		return value < 10 ? "0" + value : Integer.toString(value);
	}

	@Benchmark
	public long loadRecords() throws IOException, InterruptedException {
		long started = System.nanoTime();
		List<Long> jobs = new ArrayList<>();
		for (Path file : files) {
			try (InputStream content = Files.newInputStream(file)) {
				jobs.add(imports.upload("sltd", file.getFileName().toString(), "text/csv", Files.size(file), content,
						UPLOADER, null).job().id());
			}
		}
		long loaded = 0;
		for (long id : jobs) {
			ImportJob job = waitFor(id);
			if (job.status() != ImportJob.Status.COMPLETED || job.rowsRejected() != 0) {
				throw new IllegalStateException("Import did not load every row: " + job);
			}
			loaded += job.rowsNew();
		}
		if ("lean".equals(table)) {
			long indexing = System.nanoTime();
			JdbcTemplate jdbc = polnet.bean(JdbcTemplate.class);
			jdbc.execute("CREATE INDEX documents_sltd_owner ON documents_sltd (owner_office, created_at DESC)");
			jdbc.execute("CREATE INDEX documents_sltd_review ON documents_sltd (review_at)");
			System.out.printf("%nLoaded without CHECK constraints in %.1f s, then built the owner and review indexes in %.1f s%n",
					(indexing - started) / 1e9, (System.nanoTime() - indexing) / 1e9);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (loaded != records) {
			throw new IllegalStateException("Loaded " + loaded + " records instead of " + records);
		}
		System.out.printf("%nLoaded %,d SLTD records in %.1f s: %,.0f records/s%n", loaded, seconds, loaded / seconds);
		return loaded;
	}

	private ImportJob waitFor(long id) throws InterruptedException {
		while (true) {
			ImportJob job = imports.job(id, UPLOADER).orElseThrow();
			if (!job.running()) {
				return job;
			}
			Thread.sleep(100);
		}
	}

	@TearDown(Level.Trial)
	public void stopPolnet() throws IOException {
		DocumentIndex index = polnet.bean(DocumentIndex.class);
		System.gc();
		MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		System.out.printf("FIND index: %,d records; heap used after a full GC: %,d MB%n", index.size(),
				heap.getUsed() / (1024 * 1024));
		polnet.close();
	}
}
