package org.polnet.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.imports.CopyMerge;
import org.polnet.imports.ImportJob;
import org.polnet.imports.ImportTarget;
import org.polnet.imports.Imports;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk loading through the whole imports pipeline (spool and hash the upload, parse CSV row by row, validate,
 * COPY + merge in batches of 10,000 rows, each its own durable transaction) into a minimal SLTD-like table with a
 * primary key on (country, number). Each invocation uploads a new file of {@value #ROWS} new records; the score is
 * records loaded per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(1)
@Threads(1)
public class ImportBenchmark {

	static final int ROWS = 1_000_000;

	private static final CurrentOfficer UPLOADER = new CurrentOfficer("bench.fra", "Bench", "NCB-FRA", "NCB France",
			Set.of(Role.NCB_OFFICER), Clearance.CONFIDENTIAL);

	private InProcessPolnet polnet;

	private Imports imports;

	private byte[] file;

	private int fileNumber;

	@Setup(Level.Trial)
	public void startPolnet() throws IOException {
		polnet = InProcessPolnet.start(new Class<?>[] { SltdLikeTarget.class }, "--polnet.imports.max-upload=1GB");
		imports = polnet.bean(Imports.class);
	}

	/** A file of records never loaded before (numbers carry the file's number). */
	@Setup(Level.Invocation)
	public void nextFile() {
		fileNumber++;
		StringBuilder csv = new StringBuilder(ROWS * 48).append("country,number,type,status,reported\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("FRA,").append(fileNumber).append('X').append(i).append(",PASSPORT,STOLEN,2026-0")
				.append(1 + i % 9).append("-1").append(i % 10).append('\n');
		}
		file = csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	@Benchmark
	@OperationsPerInvocation(ROWS)
	public ImportJob loadOneMillionRecords() throws InterruptedException {
		long id = imports.upload("bench-sltd", "feed-" + fileNumber + ".csv", "text/csv", file.length,
				new ByteArrayInputStream(file), UPLOADER, null).job().id();
		while (true) {
			ImportJob job = imports.job(id, UPLOADER).orElseThrow();
			if (!job.running()) {
				if (job.status() != ImportJob.Status.COMPLETED || job.rowsNew() != ROWS) {
					throw new IllegalStateException("Import did not load every row: " + job);
				}
				return job;
			}
			Thread.sleep(2);
		}
	}

	@TearDown(Level.Trial)
	public void stopPolnet() throws IOException {
		polnet.close();
	}

	/** The shape of an SLTD record, reduced to what a load touches. */
	public static class SltdLikeTarget implements ImportTarget<SltdLikeTarget.Row> {

		record Row(String country, String number, String type, String status, LocalDate reported, String owner) {
		}

		private static final CopyMerge.Into INTO = new CopyMerge.Into("bench_sltd",
				List.of("country", "number", "type", "status", "reported", "owner_office"), List.of("country", "number"));

		private final CopyMerge copy;

		public SltdLikeTarget(CopyMerge copy, JdbcClient jdbc) {
			this.copy = copy;
			jdbc.sql("""
					CREATE TABLE IF NOT EXISTS bench_sltd (country text NOT NULL, number text NOT NULL, type text NOT NULL,
					status text NOT NULL, reported date, owner_office text NOT NULL, PRIMARY KEY (country, number))""")
				.update();
		}

		@Override
		public String name() {
			return "bench-sltd";
		}

		@Override
		public List<ImportColumn> columns() {
			return Arrays.asList(new ImportColumn("country", true, "issuing country"),
					new ImportColumn("number", true, "document number"), new ImportColumn("type", true, "type"),
					new ImportColumn("status", true, "status"), new ImportColumn("reported", false, "date reported"));
		}

		@Override
		public Parsed<Row> parse(Map<String, String> fields, CurrentOfficer uploader) {
			String country = fields.get("country");
			if (!country.equals(uploader.ncbCountry())) {
				return Parsed.rejected("country", "only the NCB of the issuing country");
			}
			return Parsed.valid(new Row(country, fields.get("number"), fields.get("type"), fields.get("status"),
					LocalDate.parse(fields.get("reported")), uploader.officeCode()));
		}

		@Override
		public Object naturalKey(Row row) {
			return row.number();
		}

		@Override
		public WriteCounts write(List<Row> batch) {
			return copy.merge(INTO, batch,
					row -> List.of(row.country(), row.number(), row.type(), row.status(), row.reported(), row.owner()));
		}
	}
}
