package org.polnet.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audited entries per second written through {@link AuditTrail} on the durable embedded PostgreSQL (fsync on),
 * by several threads: one entry per transaction, and 100 entries per transaction with {@code recordAll}. The
 * scores are entries per second. The sealer runs as in production; after each iteration the benchmark waits for
 * it to catch up and prints its lag (time from an entry's write to its block's seal) and the time it needed to
 * drain what was left.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(8)
public class AuditTrailBenchmark {

	private static final List<AuditRecord> HUNDRED = IntStream.range(0, 100)
		.mapToObj(i -> record("border.system.fra", "documents.check", "P" + (1_000_000 + i)))
		.toList();

	private InProcessPolnet polnet;

	private AuditTrail trail;

	private TransactionTemplate transactions;

	private JdbcTemplate jdbc;

	private Instant iterationStart;

	@Setup(Level.Trial)
	public void startPolnet() throws IOException {
		polnet = InProcessPolnet.start();
		trail = polnet.bean(AuditTrail.class);
		transactions = new TransactionTemplate(polnet.bean(PlatformTransactionManager.class));
		jdbc = polnet.bean(JdbcTemplate.class);
	}

	@Setup(Level.Iteration)
	public void markIteration() {
		iterationStart = Instant.now();
	}

	@Benchmark
	public void oneEntryPerTransaction() {
		trail.record(record("officer.fra", "persons.view", "person/4711"));
	}

	@Benchmark
	@OperationsPerInvocation(100)
	public void hundredEntriesPerTransaction() {
		transactions.executeWithoutResult(status -> trail.recordAll(HUNDRED));
	}

	/** Waits for the sealer to chain everything written, then prints how far behind it was. */
	@TearDown(Level.Iteration)
	public void reportSealerLag() throws InterruptedException {
		long backlog = backlog();
		long started = System.nanoTime();
		while (backlog() > 0) {
			Thread.sleep(20);
		}
		Duration drain = Duration.ofNanos(System.nanoTime() - started);
		Map<String, Object> lag = jdbc.queryForMap("""
				SELECT count(*) AS entries,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM b.sealed_at - e.recorded_at)) * 1000 AS p50,
				       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM b.sealed_at - e.recorded_at)) * 1000 AS p99,
				       max(extract(epoch FROM b.sealed_at - e.recorded_at)) * 1000 AS max,
				       count(DISTINCT b.number) AS blocks
				FROM audit_entry e JOIN audit_chain c ON c.entry_id = e.id JOIN audit_block b ON b.number = c.block
				WHERE e.recorded_at >= ?""", OffsetDateTime.ofInstant(iterationStart, ZoneOffset.UTC));
		System.out.printf("%nsealer: %s entries in %s blocks this iteration; lag p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
				+ "backlog at iteration end %d, drained in %d ms (%.0f entries/s with no writers)%n", lag.get("entries"),
				lag.get("blocks"), number(lag.get("p50")), number(lag.get("p99")), number(lag.get("max")), backlog,
				drain.toMillis(), backlog * 1000.0 / Math.max(1, drain.toMillis()));
	}

	@TearDown(Level.Trial)
	public void stopPolnet() throws IOException {
		polnet.close();
	}

	/**
	 * Entries not chained yet: those after the chain's head in sealing order, read by an index range scan (two
	 * count(*) over the whole tables would cost more than the sealing we measure).
	 */
	private long backlog() {
		List<Map<String, Object>> head = jdbc.queryForList("""
				SELECT h.xid::text AS xid, h.id FROM audit_chain c JOIN audit_entry h ON h.id = c.entry_id
				ORDER BY c.sequence DESC LIMIT 1""");
		Object xid = head.isEmpty() ? "0" : head.getFirst().get("xid");
		Object id = head.isEmpty() ? 0L : head.getFirst().get("id");
		Long backlog = jdbc.queryForObject("SELECT count(*) FROM audit_entry e WHERE (e.xid, e.id) > (?::xid8, ?)",
				Long.class, xid, id);
		return backlog == null ? 0 : backlog;
	}

	private static double number(Object value) {
		return value instanceof Number number ? number.doubleValue() : Double.NaN;
	}

	private static AuditRecord record(String actor, String action, String target) {
		return new AuditRecord(actor, ActorType.OFFICER, "NCB-FRA", action, target, "border check", Outcome.SUCCESS,
				"10.1.2.3");
	}
}
