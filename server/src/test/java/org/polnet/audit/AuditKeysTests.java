package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
