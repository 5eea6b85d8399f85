package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTests {

	@TempDir
	Path directory;

	@Test
	void createsAKeyPairAtFirstStartWithAnOwnerOnlyPrivateKey() throws Exception {
		Path keys = directory.resolve("keys");
		AuditKeys created = AuditKeys.inDirectory(keys);
		assertThat(keys.resolve(AuditKeys.PRIVATE_FILE)).exists();
		assertThat(keys.resolve(AuditKeys.PUBLIC_FILE)).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(AuditKeys.PRIVATE_FILE))))
			.isEqualTo("rw-------");
		assertThat(created.keyId()).hasSize(16);
	}

	@Test
	void loadsTheSameKeyPairAtTheNextStart() {
		AuditKeys first = AuditKeys.inDirectory(directory);
		byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
		byte[] signature = first.sign(message);
		AuditKeys again = AuditKeys.inDirectory(directory);
		assertThat(again.keyId()).isEqualTo(first.keyId());
		assertThat(again.verify(message, signature)).isTrue();
		assertThat(again.verify("other".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
	}

	@Test
	void theVerifierNeverCreatesAKey() {
		assertThatThrownBy(() -> AuditKeys.inDirectory(directory.resolve("keys"), false))
			.hasMessageContaining("No audit signing key");
		assertThat(directory.resolve("keys")).doesNotExist();
	}

	@Test
	void refusesHalfAKeyPair() throws Exception {
		AuditKeys.inDirectory(directory);
		Files.delete(directory.resolve(AuditKeys.PUBLIC_FILE));
		assertThatThrownBy(() -> AuditKeys.inDirectory(directory)).hasMessageContaining("half a key pair");
	}

	@Test
	void rotationKeepsEveryEarlierPublicKeyWithItsValidityPeriod() throws Exception {
		AuditKeys first = AuditKeys.inDirectory(directory);
		Instant rotatedAt = Instant.parse("2026-12-01T08:00:00Z");
		first.rotate(rotatedAt);
		AuditKeys second = AuditKeys.inDirectory(directory);
		second.rotate(rotatedAt.plusSeconds(3600));
		AuditKeys third = AuditKeys.inDirectory(directory);

		List<SigningKeyFiles.PublishedKey> history = third.history();
		assertThat(history).extracting(key -> AuditKeys.fingerprint(key.key()))
			.containsExactly(first.keyId(), second.keyId(), third.keyId());
		assertThat(history).extracting(SigningKeyFiles.PublishedKey::validUntil)
			.containsExactly(rotatedAt, rotatedAt.plusSeconds(3600), null);
		assertThat(history.get(1).validFrom()).isEqualTo(rotatedAt);
		assertThat(third.byId()).containsOnlyKeys(first.keyId(), second.keyId(), third.keyId());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(AuditKeys.PRIVATE_FILE))))
			.isEqualTo("rw-------");
		byte[] message = "checkpoint".getBytes(StandardCharsets.UTF_8);
		assertThat(AuditKeys.verify(history.getFirst().key(), message, first.sign(message))).isTrue();
	}
}
