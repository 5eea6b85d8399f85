package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.signin.PasswordSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password spraying: failures across many accounts from one client address stop that address's sign-ins for a while
 * (each account's own lockout never triggers), once recorded; other addresses sign in as before.
 */
@PolnetIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "polnet.identity.sign-in.address-failures=30")
class SignInThrottleTests {

	private static final String PASSWORD = "velvet compass orbit 31";

	@Autowired
	PasswordSignIn signIn;

	@Autowired
	Officers officers;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Value("${polnet.identity.sign-in.address-failures:30}")
	int addressFailures;

	@Test
	void sprayingAcrossAccountsFromOneAddressStopsThatAddressOnly() {
		String username = "sprayed." + UUID.randomUUID().toString().substring(0, 8);
		officers.create(username, "Sprayed Officer", "NCB-FRA", Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED,
				encoder.encode(PASSWORD), Instant.now());
		String sprayer = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		for (int attempt = 0; attempt < addressFailures; attempt++) {
			String account = "someone" + attempt + "." + UUID.randomUUID().toString().substring(0, 4);
			assertThatThrownBy(() -> signIn.authenticate(attempt(account, "Summer2026!", sprayer)))
				.isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> signIn.authenticate(attempt(username, PASSWORD, sprayer)))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(signIn.authenticate(attempt(username, PASSWORD, "203.0.113.7")).getName()).isEqualTo(username);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'identity.sign-in-throttled' AND client_address = :address")
			.param("address", sprayer)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(address, null));
		return attempt;
	}
}
