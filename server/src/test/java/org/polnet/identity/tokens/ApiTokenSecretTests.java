package org.polnet.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ApiTokenSecretTests {

	@Test
	void generatedTokensCarry256RandomBitsBehindTheMarker() throws Exception {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			ApiTokenSecret secret = ApiTokenSecret.generate();
			assertThat(secret.value()).startsWith("pnt_").hasSize(4 + 43);
			assertThat(Base64.getUrlDecoder().decode(secret.value().substring(4))).hasSize(32);
			seen.add(secret.value());
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void storesTheSha256OfTheWholeTokenString() throws Exception {
		ApiTokenSecret secret = ApiTokenSecret.generate();
		byte[] expected = MessageDigest.getInstance("SHA-256").digest(secret.value().getBytes(StandardCharsets.UTF_8));
		assertThat(secret.hash()).isEqualTo(expected).isEqualTo(ApiTokenSecret.hash(secret.value()));
	}

	@Test
	void prefixIsTheMarkerAndEightCharactersAndToStringHidesTheRest() {
		ApiTokenSecret secret = ApiTokenSecret.generate();
		assertThat(secret.prefix()).hasSize(12).isEqualTo(secret.value().substring(0, 12));
		assertThat(secret.toString()).doesNotContain(secret.value().substring(12));
	}

	@Test
	void recognisesOnlyTheTokenShape() {
		assertThat(ApiTokenSecret.looksLikeToken(ApiTokenSecret.generate().value())).isTrue();
		assertThat(ApiTokenSecret.looksLikeToken("pnt_short")).isFalse();
		assertThat(ApiTokenSecret.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
		assertThat(ApiTokenSecret.looksLikeToken("pnt_" + "a".repeat(42) + "=")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiTokenSecret("eyJhbGciOi.jwt.token"));
	}
}
