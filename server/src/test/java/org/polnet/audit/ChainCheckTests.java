package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.Verification.Problem;

/** The chain's rules on rows built in memory the way the sealer builds them. */
class ChainCheckTests {

	private static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123456Z");

	@TempDir
	Path keyDirectory;

	private AuditKeys keys;

	@BeforeEach
	void keys() {
		keys = AuditKeys.inDirectory(keyDirectory);
	}

	@Test
	void canonicalFormIsStableAndNamesEveryField() {
		AuditEntry entry = entry(7, "officer.fra", "persons.view");
		String form = new String(ChainHashing.canonical(3, entry), StandardCharsets.UTF_8);
		assertThat(form).isEqualTo("polnet-audit-entry-v1|1:3|1:7|27:2026-03-01T10:15:30.123456Z|11:officer.fra"
				+ "|7:OFFICER|7:NCB-FRA|12:persons.view|11:person/4711|13:investigation|7:SUCCESS|~");
	}

	@Test
	void canonicalFormCannotBeForgedByMovingASeparatorBetweenFields() {
		AuditEntry a = withTarget(entry(1, "a", "x.view"), "b|c");
		AuditEntry b = new AuditEntry(1, null, T0, new AuditRecord("a", ActorType.OFFICER, "NCB-FRA", "x.view", "b",
				"c|investigation", Outcome.SUCCESS, null));
		assertThat(ChainHashing.canonical(1, a)).isNotEqualTo(ChainHashing.canonical(1, b));
	}

	@Test
	void rowHashIsSha256OfPreviousHashAndCanonicalForm() throws Exception {
		AuditEntry entry = entry(1, "officer.fra", "persons.view");
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		digest.update(new byte[32]);
		byte[] expected = digest.digest(ChainHashing.canonical(1, entry));
		assertThat(ChainHashing.rowHash(ChainHashing.GENESIS, 1, entry)).isEqualTo(expected);
	}

	@Test
	void intactChainVerifiesWithItsCounts() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		Verification result = walk(chain.rows, chain);
		assertThat(result.intact()).isTrue();
		assertThat(result.entries()).isEqualTo(10);
		assertThat(result.blocks()).isEqualTo(3);
		assertThat(result.checkpoints()).isEqualTo(2);
	}

	@Test
	void changedRowIsReportedAtItsSequence() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		ChainCheck.Row row = chain.rows.get(5);
		chain.rows.set(5, new ChainCheck.Row(row.sequence(), row.entryId(), withTarget(row.entry(), "person/9999"),
				row.hash(), row.blockNumber(), row.block(), row.checkpoint()));
		Verification result = walk(chain.rows, chain);
		assertThat(result.intact()).isFalse();
		assertThat(result.brokenSequence()).isEqualTo(6);
		assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
		assertThat(result.entries()).isEqualTo(5);
	}

	@Test
	void removedRowIsReportedAsTheMissingSequence() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		chain.rows.remove(2);
		Verification result = walk(chain.rows, chain);
		assertThat(result.brokenSequence()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(Problem.ROW_MISSING);
	}

	@Test
	void reorderedRowsAreReported() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		// swap the entries of rows 3 and 4, keeping the sequence numbers in order
		ChainCheck.Row third = chain.rows.get(2);
		ChainCheck.Row fourth = chain.rows.get(3);
		chain.rows.set(2, new ChainCheck.Row(3, fourth.entryId(), fourth.entry(), fourth.hash(), third.blockNumber(),
				third.block(), null));
		chain.rows.set(3, new ChainCheck.Row(4, third.entryId(), third.entry(), third.hash(), fourth.blockNumber(),
				fourth.block(), null));
		Verification result = walk(chain.rows, chain);
		assertThat(result.brokenSequence()).isEqualTo(3);
		assertThat(result.problem()).isEqualTo(Problem.HASH_MISMATCH);
	}

	@Test
	void rowsCutOffTheEndAreReportedWhenACheckpointCoveredThem() {
		Chain chain = Chain.of(keys, 10, 5, 10);
		List<ChainCheck.Row> shortened = new ArrayList<>(chain.rows.subList(0, 5));
		Verification result = walk(shortened, chain);
		assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_WITHOUT_ROW);
	}

	@Test
	void checkpointSignedWithAnotherKeyIsRejected(@TempDir Path otherDirectory) {
		AuditKeys other = AuditKeys.inDirectory(otherDirectory);
		Chain chain = Chain.of(other, 10, 4, 5);
		ChainCheck check = new ChainCheck(keys.publicKey());
		chain.rows.forEach(check::accept);
		check.finish(chain.lastBlock, chain.lastCheckpoint);
		Verification result = check.result(0, T0);
		assertThat(result.problem()).isEqualTo(Problem.CHECKPOINT_SIGNATURE_INVALID);
		assertThat(result.brokenSequence()).isEqualTo(5);
		assertThat(result.detail()).contains("another key");
	}

	@Test
	void checkpointsSignedBeforeAndAfterAKeyRotationBothVerify() {
		Chain beforeRotation = Chain.of(keys, 10, 4, 5);
		keys.rotate(T0.plusSeconds(7));
		AuditKeys restarted = AuditKeys.inDirectory(keyDirectory);
		assertThat(restarted.keyId()).isNotEqualTo(keys.keyId());
		Chain afterRotation = Chain.of(restarted, 10, 4, 5);
		// the same rows; the checkpoint at 5 signed with the old key, the one at 10 with the new one
		Chain chain = new Chain();
		chain.rows.addAll(beforeRotation.rows.subList(0, 5));
		chain.rows.addAll(afterRotation.rows.subList(5, 10));
		chain.lastBlock = afterRotation.lastBlock;
		chain.lastCheckpoint = afterRotation.lastCheckpoint;

		ChainCheck withHistory = new ChainCheck(restarted.byId());
		chain.rows.forEach(withHistory::accept);
		withHistory.finish(chain.lastBlock, chain.lastCheckpoint);
		Verification verified = withHistory.result(0, T0);
		assertThat(verified.intact()).as(verified.summary()).isTrue();

		ChainCheck newKeyOnly = new ChainCheck(restarted.publicKey());
		chain.rows.forEach(newKeyOnly::accept);
		newKeyOnly.finish(chain.lastBlock, chain.lastCheckpoint);
		assertThat(newKeyOnly.result(0, T0).brokenSequence()).isEqualTo(5);
	}

	@Test
	void checkpointWhoseTimeWasChangedNoLongerVerifies() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		ChainCheck.Row row = chain.rows.get(4);
		ChainCheck.Checkpoint signed = row.checkpoint();
		chain.rows.set(4, new ChainCheck.Row(row.sequence(), row.entryId(), row.entry(), row.hash(), row.blockNumber(),
				row.block(), new ChainCheck.Checkpoint(signed.sequence(), signed.hash(), signed.createdAt().plusSeconds(60),
						signed.keyId(), signed.signature())));
		assertThat(walk(chain.rows, chain).problem()).isEqualTo(Problem.CHECKPOINT_SIGNATURE_INVALID);
	}

	@Test
	void tamperedBlockHashIsReported() {
		Chain chain = Chain.of(keys, 10, 4, 50);
		for (int i = 4; i < 8; i++) {
			ChainCheck.Row row = chain.rows.get(i);
			ChainCheck.Block block = row.block();
			byte[] wrong = block.hash().clone();
			wrong[0] ^= 1;
			chain.rows.set(i, new ChainCheck.Row(row.sequence(), row.entryId(), row.entry(), row.hash(), row.blockNumber(),
					new ChainCheck.Block(block.number(), block.firstSequence(), block.lastSequence(), wrong),
					row.checkpoint()));
		}
		Verification result = walk(chain.rows, chain);
		assertThat(result.problem()).isEqualTo(Problem.BLOCK_HASH_MISMATCH);
		assertThat(result.brokenSequence()).isEqualTo(5);
	}

	@Test
	void rowWhoseEntryWasRemovedIsReported() {
		Chain chain = Chain.of(keys, 10, 4, 5);
		ChainCheck.Row row = chain.rows.get(7);
		chain.rows.set(7, new ChainCheck.Row(row.sequence(), row.entryId(), null, row.hash(), row.blockNumber(),
				row.block(), row.checkpoint()));
		Verification result = walk(chain.rows, chain);
		assertThat(result.problem()).isEqualTo(Problem.ENTRY_MISSING);
		assertThat(result.brokenSequence()).isEqualTo(8);
	}

	private Verification walk(List<ChainCheck.Row> rows, Chain chain) {
		ChainCheck check = new ChainCheck(keys.publicKey());
		for (ChainCheck.Row row : rows) {
			if (!check.accept(row)) {
				break;
			}
		}
		check.finish(chain.lastBlock, chain.lastCheckpoint);
		return check.result(0, T0);
	}

	static AuditEntry entry(long id, String actor, String action) {
		return new AuditEntry(id, null, T0, new AuditRecord(actor, ActorType.OFFICER, "NCB-FRA", action, "person/4711",
				"investigation", Outcome.SUCCESS, null));
	}

	static AuditEntry withTarget(AuditEntry entry, String target) {
		AuditRecord r = entry.record();
		return new AuditEntry(entry.id(), entry.sequence(), entry.recordedAt(), new AuditRecord(r.actor(), r.actorType(),
				r.office(), r.action(), target, r.purpose(), r.outcome(), r.clientAddress()));
	}

	/** A chain of n rows cut into blocks, with a checkpoint every so many rows, built as the sealer does. */
	static final class Chain {

		final List<ChainCheck.Row> rows = new ArrayList<>();

		long lastBlock;

		long lastCheckpoint;

		static Chain of(AuditKeys keys, int n, int blockSize, int checkpointEvery) {
			Chain chain = new Chain();
			byte[] previous = ChainHashing.GENESIS;
			byte[] previousBlock = ChainHashing.GENESIS;
			List<AuditEntry> entries = new ArrayList<>();
			List<byte[]> hashes = new ArrayList<>();
			for (int i = 1; i <= n; i++) {
				AuditEntry entry = entry(100 + i, "officer" + i, "persons.view");
				previous = ChainHashing.rowHash(previous, i, entry);
				entries.add(entry);
				hashes.add(previous);
			}
			for (int first = 1; first <= n; first += blockSize) {
				int last = Math.min(n, first + blockSize - 1);
				long number = (first - 1) / blockSize + 1;
				MessageDigest digest = ChainHashing.blockDigest(previousBlock, number);
				for (int s = first; s <= last; s++) {
					digest.update(hashes.get(s - 1));
				}
				previousBlock = digest.digest();
				ChainCheck.Block block = new ChainCheck.Block(number, first, last, previousBlock);
				for (int s = first; s <= last; s++) {
					ChainCheck.Checkpoint checkpoint = null;
					if (s % checkpointEvery == 0) {
						Instant at = T0.plusSeconds(s);
						checkpoint = new ChainCheck.Checkpoint(s, hashes.get(s - 1), at, keys.keyId(),
								keys.sign(ChainHashing.checkpointMessage(s, hashes.get(s - 1), at)));
						chain.lastCheckpoint = s;
					}
					AuditEntry entry = entries.get(s - 1);
					chain.rows.add(new ChainCheck.Row(s, entry.id(), entry, hashes.get(s - 1), number, block, checkpoint));
				}
				chain.lastBlock = number;
			}
			return chain;
		}
	}
}
