package org.polnet.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit for callers that audit at volume and have nothing else to write, such as FIND's no-hit checks:
 * each caller's records are queued, one of a few writer threads takes whatever is queued (up to
 * {@link #MAX_BATCH} records), inserts it as one statement and commits it once, then releases every caller in
 * the batch. A caller returns only after its records are durably committed, exactly as with a transaction of its
 * own, but a thousand callers share one commit (one WAL flush) instead of paying one each. That is what keeps
 * the audit from being the bottleneck of FIND: the flush, not the insert, is the cost of an audited request.
 * <p>
 * Nothing is dropped: when a batch fails, each caller's records are written again in a commit of their own, so
 * that a caller whose records cannot be written gets the failure (and answers an error) and no other caller does;
 * the queue is bounded so that callers wait rather than pile up in memory when PostgreSQL slows down.
 */
@Component
class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	/** Records per statement: large enough to amortise the commit, small enough to keep a batch's latency low. */
	static final int MAX_BATCH = 2_000;

	/**
	 * Below this many records the writer waits a moment ({@code polnet.audit.group-commit.gather}) for more before
	 * committing. Under load, a few callers share each commit anyway; the wait makes it a dozen, which halves the
	 * database's work per check for a fraction of a millisecond of latency. A lone caller waits that much more.
	 */
	static final int GATHER_BELOW = 16;


	/** How long a caller waits for its batch before giving up (the database is then in trouble). */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	// the columns as parallel arrays, unnested into rows: one statement and one round trip per batch
	private static final String INSERT = """
			INSERT INTO audit_entry (recorded_at, actor, actor_type, office, action, target, purpose, outcome, client_address)
			SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			                     ?::text[], ?::text[])""";

	private record Pending(List<AuditRecord> records, CompletableFuture<Void> committed) {
	}

	private final DataSource dataSource;

	private final Clock clock;

	private final AuditSealer sealer;

	private final BlockingQueue<Pending> queue;

	private final int writers;

	private final long gatherNanos;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean running;

	GroupCommit(DataSource dataSource, Clock clock, AuditSealer sealer,
			@Value("${polnet.audit.group-commit.writers:1}") int writers,
			@Value("${polnet.audit.group-commit.queue:20000}") int queueCapacity,
			@Value("${polnet.audit.group-commit.gather:500us}") Duration gather) {
		this.dataSource = dataSource;
		this.clock = clock;
		this.sealer = sealer;
		this.writers = writers;
		this.gatherNanos = gather.toNanos();
		this.queue = new ArrayBlockingQueue<>(queueCapacity);
	}

	/** Queues the records and waits until they are committed; throws when they could not be. */
	void recordAndWait(List<AuditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		if (!running) {
			throw new IllegalStateException("The audit trail is not accepting grouped records (shutting down)");
		}
		Pending pending = new Pending(List.copyOf(records), new CompletableFuture<>());
		try {
			if (!queue.offer(pending, MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("The audit trail is saturated: records not written");
			}
			pending.committed().get(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the audit records were being written", interrupted);
		}
		catch (ExecutionException failed) {
			throw new IllegalStateException("The audit records could not be written", failed.getCause());
		}
		catch (TimeoutException late) {
			// the batch may still commit: the caller is told it failed, and the entry may exist; never the reverse
			throw new IllegalStateException("The audit records were not confirmed in time", late);
		}
	}

	private void writeLoop() {
		List<Pending> batch = new ArrayList<>();
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				int records = drain(batch, first.records().size());
				if (records < GATHER_BELOW) {
					// a few more callers arrive while we wait a fraction of a commit's time: fewer, larger commits
					if (gatherNanos > 0) {
						LockSupport.parkNanos(gatherNanos);
					}
					records = drain(batch, records);
				}
				write(batch, records);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				batch.clear();
			}
		}
	}

	private int drain(List<Pending> batch, int records) {
		Pending next;
		while (records < MAX_BATCH && (next = queue.poll()) != null) {
			batch.add(next);
			records += next.records().size();
		}
		return records;
	}

	private void write(List<Pending> batch, int count) {
		try {
			insert(batch, count);
			batch.forEach(pending -> pending.committed().complete(null));
			sealer.wake();
		}
		catch (SQLException | RuntimeException failure) {
			if (batch.size() == 1) {
				log.error("Audit group commit of {} records failed; their caller gets the failure", count, failure);
				batch.getFirst().committed().completeExceptionally(failure);
				return;
			}
			// one caller's record (a character PostgreSQL refuses, a value too long) must not fail the others':
			// each caller's records again in a commit of their own, so only the callers at fault get the failure
			log.warn("Audit group commit of {} records from {} callers failed ({}); writing each caller's apart",
					count, batch.size(), failure.toString());
			for (Pending pending : batch) {
				write(List.of(pending), pending.records().size());
			}
		}
	}

	private void insert(List<Pending> batch, int count) throws SQLException {
		Timestamp[] at = new Timestamp[count];
		String[][] columns = new String[8][count];
		Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
		int i = 0;
		for (Pending pending : batch) {
			for (AuditRecord record : pending.records()) {
				at[i] = now;
				columns[0][i] = record.actor();
				columns[1][i] = record.actorType().name();
				columns[2][i] = record.office();
				columns[3][i] = record.action();
				columns[4][i] = record.target();
				columns[5][i] = record.purpose();
				columns[6][i] = record.outcome().name();
				columns[7][i] = record.clientAddress();
				i++;
			}
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
				statement.setArray(1, connection.createArrayOf("timestamptz", at));
				for (int column = 0; column < columns.length; column++) {
					Array array = connection.createArrayOf("text", columns[column]);
					statement.setArray(column + 2, array);
				}
				statement.executeUpdate();
				connection.commit();
			}
			catch (SQLException | RuntimeException failure) {
				connection.rollback();
				throw failure;
			}
			finally {
				connection.setAutoCommit(true);
			}
		}
	}

	@Override
	public void start() {
		running = true;
		for (int n = 0; n < writers; n++) {
			Thread thread = Thread.ofPlatform().name("audit-group-commit-" + n).daemon().start(this::writeLoop);
			threads.add(thread);
		}
	}

	@Override
	public void stop() {
		// drain what is queued before the pool closes: a caller already waiting gets its answer
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(MAX_WAIT.toMillis());
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		// stops before the pool closes; what the sealer, stopped first, leaves unsealed it seals at the next start
		return Integer.MAX_VALUE - 100;
	}
}
