package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.Verification.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The trail on the real PostgreSQL: append-only, sealed in commit-safe order, tamper-evident. */
@GroundModulesTest
class AuditTrailIntegrationTests {

	private static final Duration SEALED_WITHIN = Duration.ofSeconds(20);

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Sealing sealing;

	@Autowired
	AuditEntries entries;

	@Autowired
	org.springframework.context.ConfigurableApplicationContext context;

	@Test
	void aKeyRotationFromTheConsoleIsRecordedWithTheOldAndNewKey(@org.junit.jupiter.api.io.TempDir Path directory) {
		AuditKeys keys = AuditKeys.inDirectory(directory);
		KeyRotation rotation = new KeyRotation(List.of(keys), trail, java.time.Clock.systemUTC(), context);
		String operator = actor("operator");

		assertThat(rotation.rotate("nothing-by-that-name", operator)).isFalse();
		assertThat(rotation.rotate("audit", operator)).isTrue();

		String rotated = AuditKeys.inDirectory(directory).keyId();
		assertThat(new AuditLog(entries).of("console:" + operator, KeyRotation.ACTION))
			.extracting(AuditRecord::target)
			.containsExactly("audit " + keys.keyId() + " -> " + rotated);
	}

	@Test
	void triggersRefuseUpdateDeleteAndTruncate() {
		String actor = actor("append-only");
		trail.record(record(actor, "persons.view"));
		long id = awaitSealed(actor).getFirst();
		long sequence = jdbc.queryForObject("SELECT sequence FROM audit_chain WHERE entry_id = ?", Long.class, id);
		long block = jdbc.queryForObject("SELECT block FROM audit_chain WHERE entry_id = ?", Long.class, id);

		assertRefused("UPDATE audit_entry SET target = 'forged' WHERE id = " + id);
		assertRefused("DELETE FROM audit_entry WHERE id = " + id);
		assertRefused("UPDATE audit_chain SET hash = '\\x00' WHERE sequence = " + sequence);
		assertRefused("DELETE FROM audit_chain WHERE sequence = " + sequence);
		assertRefused("UPDATE audit_block SET hash = '\\x00' WHERE number = " + block);
		assertRefused("DELETE FROM audit_block WHERE number = " + block);
		for (String table : List.of("audit_entry", "audit_chain", "audit_block", "audit_checkpoint")) {
			assertRefused("TRUNCATE " + table + " CASCADE");
		}
		assertThat(jdbc.queryForObject("SELECT target FROM audit_entry WHERE id = ?", String.class, id))
			.isEqualTo("person/4711");
	}

	@Test
	void groupedRecordsAreCommittedWhenTheCallReturnsAndNoneIsLostAmongManyCallers() throws Exception {
		String actor = actor("grouped");
		ExecutorService callers = Executors.newFixedThreadPool(16);
		try {
			List<Future<?>> calls = new ArrayList<>();
			for (int caller = 0; caller < 16; caller++) {
				int c = caller;
				calls.add(callers.submit(() -> {
					for (int call = 0; call < 50; call++) {
						List<AuditRecord> records = List.of(record(actor, "documents.find"),
								new AuditRecord(actor, ActorType.SYSTEM, "NCB-JPN", "documents.find",
										"SLTD FRA X" + c + "-" + call, "border check", Outcome.SUCCESS, null));
						trail.recordCommitted(records);
						// committed means visible to any other connection the moment the call returns
						assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND target = ?",
								Long.class, actor, "SLTD FRA X" + c + "-" + call)).isEqualTo(1);
					}
					return null;
				}));
			}
			for (Future<?> call : calls) {
				call.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(awaitSealed(actor)).hasSize(16 * 50 * 2);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRecordThePostgresqlRefusesFailsOnlyItsOwnCallerNeverTheOthersOfItsBatch() throws Exception {
		String actor = actor("poisoned");
		ExecutorService callers = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> calls = new ArrayList<>();
			for (int caller = 0; caller < 8; caller++) {
				boolean poisoned = caller % 2 == 0;
				for (int call = 0; call < 20; call++) {
					String target = (poisoned ? "bad" : "good") + caller + "-" + call;
					// PostgreSQL refuses the NUL character in text: this record can never be written
					String purpose = poisoned ? "border\0check" : "border check";
					calls.add(callers.submit(() -> {
						try {
							trail.recordCommitted(List.of(new AuditRecord(actor, ActorType.SYSTEM, "NCB-JPN",
									"documents.find", target, purpose, Outcome.SUCCESS, null)));
							return true;
						}
						catch (IllegalStateException failed) {
							return false;
						}
					}));
				}
			}
			for (int i = 0; i < calls.size(); i++) {
				boolean poisoned = (i / 20) % 2 == 0;
				assertThat(calls.get(i).get(2, TimeUnit.MINUTES)).as("call %d", i).isEqualTo(!poisoned);
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND target LIKE 'good%'",
				Long.class, actor)).isEqualTo(4 * 20);
	}

	@Test
	void groupedRecordsRefuseToBeWrittenInsideTheCallersTransaction() {
		String actor = actor("grouped-in-tx");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		assertThatThrownBy(() -> transaction.executeWithoutResult(
				status -> trail.recordCommitted(List.of(record(actor, "documents.find")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("recordAll");
		assertThat(ids(actor)).isEmpty();
	}

	@Test
	void concurrentWritersWithASlowTransactionAreAllSealedWithAGaplessSequence() throws Exception {
		String actor = actor("concurrent");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		CountDownLatch slowWrote = new CountDownLatch(1);
		CountDownLatch mayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			// the slow transaction writes first, so its entry has the lowest id, and commits last
			Future<?> slow = pool.submit(() -> transaction.executeWithoutResult(status -> {
				trail.record(record(actor, "slow.check"));
				slowWrote.countDown();
				awaitQuietly(mayCommit);
			}));
			assertThat(slowWrote.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<?>> fast = new ArrayList<>();
			for (int writer = 0; writer < 4; writer++) {
				fast.add(pool.submit(() -> {
					for (int i = 0; i < 25; i++) {
						trail.record(record(actor, "fast.check"));
					}
					transaction.executeWithoutResult(status -> trail
						.recordAll(IntStream.range(0, 25).mapToObj(i -> record(actor, "batch.check")).toList()));
				}));
			}
			for (Future<?> writer : fast) {
				writer.get(30, TimeUnit.SECONDS);
			}
			// a rolled-back entry leaves no trace and no gap
			transaction.executeWithoutResult(status -> {
				trail.record(record(actor, "rolled.back"));
				status.setRollbackOnly();
			});

			assertThat(ids(actor)).as("committed fast entries").hasSize(200);
			sealARoundNow();
			assertThat(sealedCount(actor)).as("entries sealed while a lower one is in flight").isZero();

			mayCommit.countDown();
			slow.get(30, TimeUnit.SECONDS);
		}
		finally {
			mayCommit.countDown();
			pool.shutdownNow();
		}

		List<Long> ids = awaitSealed(actor);
		assertThat(ids).hasSize(201);
		List<Long> sequences = jdbc.queryForList("SELECT c.sequence FROM audit_chain c JOIN audit_entry e "
				+ "ON e.id = c.entry_id WHERE e.actor = ? ORDER BY e.id", Long.class, actor);
		long slowSequence = sequences.getFirst();
		// sealing follows transaction start order: the slow transaction's entry keeps its place before the others
		assertThat(sequences.subList(1, sequences.size())).as("fast entries chained after the slow one")
			.allMatch(sequence -> sequence > slowSequence);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE actor = ?", String.class, actor))
			.doesNotContain("rolled.back");
		assertGapless();
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void anEntryWrittenLateByAnOldTransactionIsNeverSkipped() throws Exception {
		String actor = actor("late");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch mayWrite = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			// the old transaction starts writing first, but writes its audit entry last: its entry gets the highest id
			Future<?> old = pool.submit(() -> transaction.executeWithoutResult(status -> {
				jdbc.queryForObject("SELECT pg_current_xact_id()", Object.class);
				started.countDown();
				awaitQuietly(mayWrite);
				trail.record(record(actor, "late.check"));
			}));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 20; i++) {
				trail.record(record(actor, "early.check"));
			}
			sealARoundNow();
			assertThat(sealedCount(actor)).as("entries sealed while an older transaction is open").isZero();
			mayWrite.countDown();
			old.get(30, TimeUnit.SECONDS);
		}
		finally {
			mayWrite.countDown();
			pool.shutdownNow();
		}
		List<Long> ids = awaitSealed(actor);
		assertThat(ids).hasSize(21);
		long lateId = ids.getLast();
		assertThat(jdbc.queryForObject("SELECT action FROM audit_entry WHERE id = ?", String.class, lateId))
			.isEqualTo("late.check");
		assertGapless();
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void recordAllWritesInTheCallersTransactionOrNotAtAll() {
		String actor = actor("batch");
		TransactionTemplate transaction = new TransactionTemplate(transactionManager);
		List<AuditRecord> records = IntStream.range(0, 10).mapToObj(i -> record(actor, "documents.check")).toList();
		transaction.executeWithoutResult(status -> {
			trail.recordAll(records);
			status.setRollbackOnly();
		});
		assertThat(ids(actor)).isEmpty();
		transaction.executeWithoutResult(status -> trail.recordAll(records));
		assertThat(awaitSealed(actor)).hasSize(10);
	}

	@Test
	void aSignedCheckpointFollowsAThousandEntries() {
		String actor = actor("checkpoint");
		trail.recordAll(IntStream.range(0, 1_000).mapToObj(i -> record(actor, "documents.check")).toList());
		long firstId = awaitSealed(actor).getFirst();
		long firstSequence = jdbc.queryForObject("SELECT sequence FROM audit_chain WHERE entry_id = ?", Long.class,
				firstId);
		await().atMost(SEALED_WITHIN)
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM audit_checkpoint WHERE sequence >= ?", Long.class,
					firstSequence) > 0);
		long checkpoint = jdbc.queryForObject("SELECT min(sequence) FROM audit_checkpoint WHERE sequence >= ?",
				Long.class, firstSequence);
		assertRefused("UPDATE audit_checkpoint SET created_at = now() WHERE sequence = " + checkpoint);
		assertRefused("DELETE FROM audit_checkpoint WHERE sequence = " + checkpoint);
		Verification verification = verifier.verify();
		assertThat(verification.intact()).as(verification.summary()).isTrue();
		assertThat(verification.checkpoints()).isPositive();
	}

	@Test
	void aChangedEntryIsReportedAtItsSequence() throws Exception {
		String actor = actor("tamper");
		trail.record(record(actor, "persons.view"));
		trail.record(record(actor, "persons.view"));
		long id = awaitSealed(actor).getFirst();
		long sequence = jdbc.queryForObject("SELECT sequence FROM audit_chain WHERE entry_id = ?", Long.class, id);
		assertThat(verifier.verify().intact()).isTrue();
		try {
			asSuperuser("UPDATE audit_entry SET target = 'person/0001' WHERE id = " + id);
			Verification verification = verifier.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenSequence()).isEqualTo(sequence);
			assertThat(verification.problem()).isEqualTo(Problem.HASH_MISMATCH);
		}
		finally {
			asSuperuser("UPDATE audit_entry SET target = 'person/4711' WHERE id = " + id);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRemovedChainRowIsReportedAsMissing() throws Exception {
		String actor = actor("remove");
		trail.record(record(actor, "persons.view"));
		trail.record(record(actor, "persons.view"));
		long id = awaitSealed(actor).getFirst();
		var row = jdbc.queryForMap("SELECT sequence, block, encode(hash, 'hex') AS hash FROM audit_chain WHERE entry_id = ?",
				id);
		long sequence = (Long) row.get("sequence");
		try {
			asSuperuser("DELETE FROM audit_chain WHERE sequence = " + sequence);
			Verification verification = verifier.verify();
			assertThat(verification.brokenSequence()).isEqualTo(sequence);
			assertThat(verification.problem()).isEqualTo(Problem.ROW_MISSING);
		}
		finally {
			asSuperuser("INSERT INTO audit_chain (sequence, entry_id, block, hash) VALUES (" + sequence + ", " + id + ", "
					+ row.get("block") + ", decode('" + row.get("hash") + "', 'hex'))");
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	/** What only someone with the database's superuser can do: switch triggers off for one session. */
	private void asSuperuser(String sql) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			try {
				statement.execute(sql);
			}
			finally {
				statement.execute("SET session_replication_role = DEFAULT");
			}
		}
	}

	private void assertGapless() {
		var chain = jdbc.queryForMap("SELECT count(*) AS rows, min(sequence) AS first, max(sequence) AS last FROM audit_chain");
		assertThat(chain.get("first")).isEqualTo(1L);
		assertThat(chain.get("last")).isEqualTo(chain.get("rows"));
	}

	/**
	 * Runs one whole sealing round that starts now: waits for the round the background sealer may be running (the
	 * rounds' lock), then seals in the same transaction, so an assertion after it never passes for want of a round.
	 */
	private void sealARoundNow() {
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, Sealing.LOCK);
			sealing.sealOnce();
		});
	}

	private List<Long> awaitSealed(String actor) {
		await().atMost(SEALED_WITHIN).until(() -> !ids(actor).isEmpty() && sealedCount(actor) == ids(actor).size());
		return ids(actor);
	}

	private List<Long> ids(String actor) {
		return jdbc.queryForList("SELECT id FROM audit_entry WHERE actor = ? ORDER BY id", Long.class, actor);
	}

	private long sealedCount(String actor) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM audit_chain c JOIN audit_entry e ON e.id = c.entry_id WHERE e.actor = ?",
				Long.class, actor);
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static String actor(String test) {
		return test + "-" + UUID.randomUUID();
	}

	static AuditRecord record(String actor, String action) {
		return new AuditRecord(actor, ActorType.OFFICER, "NCB-FRA", action, "person/4711", "investigation",
				Outcome.SUCCESS, "10.0.0.1");
	}
}
