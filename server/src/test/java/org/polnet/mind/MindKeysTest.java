package org.polnet.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
