package org.polnet.identity.officers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphraseWithoutCompositionRules() {
		assertThat(policy.problems("fra.officer", "harbour lanterns drift slowly")).isEmpty();
		assertThat(policy.problems("fra.officer", "k7Qp-2mXz-V9tB-w4Ln")).isEmpty();
	}

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(policy.problems("fra.officer", "Xq7#pL2!mZ9")).containsExactly("identity.password.tooShort");
		assertThat(policy.problems("fra.officer", "Xq7#pL2!mZ9w")).isEmpty();
	}

	@Test
	void refusesPasswordsLongerThan128Characters() {
		String passphrase = "correct horse battery staple ".repeat(5) + "!";

		assertThat(policy.problems("fra.officer", passphrase)).containsExactly("identity.password.tooLong");
		assertThat(policy.problems("fra.officer", passphrase.substring(0, 128))).isEmpty();
	}

	@Test
	void aShortCommonPasswordIsRefusedForBothReasons() {
		assertThat(policy.problems("fra.officer", "password")).containsExactly("identity.password.tooShort",
				"identity.password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "qwertyuiopas", "1qaz2wsx3edc", "iloveyou2024!", "Password123456",
			"baseball2024", "Interpol2024!", "P0lnet-P0lnet", "aaaaaaaaaaaa", "abcabcabcabc" })
	void refusesCommonAndSystemPasswords(String password) {
		assertThat(policy.problems("fra.officer", password)).containsExactly("identity.password.common");
	}

	@Test
	void refusesThePasswordThatContainsTheUsername() {
		assertThat(policy.problems("jdupont", "jdupont-summer-2024")).containsExactly("identity.password.containsUsername");
		assertThat(policy.problems("fra.officer", "FRA.OFFICER.1234")).containsExactly("identity.password.containsUsername");
	}

	@Test
	void shipsTheListOfTenThousandCommonPasswords() {
		assertThat(policy.problems("someone", "123456789012")).containsExactly("identity.password.common");
		assertThat(policy.problems("someone", "trustno1trustno1")).containsExactly("identity.password.common");
	}
}
