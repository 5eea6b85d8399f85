package org.polnet.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindPackageException;
import org.polnet.engines.mind.MindPackageKey;
import org.polnet.engines.mind.MindPackageWriter;

/** The MIND signing key is created once and never silently replaced: devices trust its public key. */
class MindKeysTest {

	@TempDir
	Path dataDirectory;

	@Test
	void theKeyCreatedAtFirstStartIsTheOneLoadedAtTheNext() {
		String first = new MindKeys(dataDirectory).fingerprint();
		assertThat(new MindKeys(dataDirectory).fingerprint()).isEqualTo(first);
	}

	@Test
	void aMissingPublicKeyStopsTheStartInsteadOfCreatingANewPair() throws Exception {
		new MindKeys(dataDirectory);
		Path privateFile = dataDirectory.resolve("keys").resolve(MindKeys.PRIVATE_FILE);
		String privateKey = Files.readString(privateFile);
		Files.delete(dataDirectory.resolve("keys").resolve(MindKeys.PUBLIC_FILE));
		assertThatIllegalStateException().isThrownBy(() -> new MindKeys(dataDirectory))
			.withMessageContaining("half");
		assertThat(Files.readString(privateFile)).isEqualTo(privateKey);
		assertThat(dataDirectory.resolve("keys").resolve(MindKeys.PUBLIC_FILE)).doesNotExist();
	}

	@Test
	void packagesSignedBeforeARotationStillVerifyWithThePublishedHistory() {
		MindKeys before = new MindKeys(dataDirectory);
		MindPackageKey packageKey = MindPackageKey.generate("NCB-FRA-1");
		byte[] old = MindPackageWriter.create(1, packageKey).addVin("1M8GDM9AXKP042788").write(before.privateKey());
		before.rotate(Instant.parse("2026-12-01T08:00:00Z"));
		MindKeys after = new MindKeys(dataDirectory);
		byte[] current = MindPackageWriter.create(2, packageKey).addVin("1M8GDM9AXKP042788").write(after.privateKey());

		assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
		assertThat(after.history()).extracting(key -> after.id(key.key()))
			.containsExactly(before.fingerprint(), after.fingerprint());
		assertThat(after.history().getFirst().validUntil()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
		assertThat(after.historyPem()).startsWith(before.publicKeyPem()).endsWith(after.publicKeyPem());
		assertThat(MindPackage.read(old, after.history().getFirst().key()).version()).isEqualTo(1);
		assertThat(MindPackage.read(current, after.publicKey()).version()).isEqualTo(2);
		assertThatExceptionOfType(MindPackageException.class).isThrownBy(() -> MindPackage.read(old, after.publicKey()));
	}
}
