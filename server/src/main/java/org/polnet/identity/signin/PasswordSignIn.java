package org.polnet.identity.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.officers.ClientAddress;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.Officers;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first factor: username and password. Success yields only {@link AwaitingSecondFactor}. Every failure looks
 * the same from outside (unknown user, wrong password, disabled or locked account) and takes about as long:
 * a password is hashed even for an unknown username. Five failures lock the account for ten minutes; many failures
 * from one client address, across accounts, stop that address for a while ({@link AddressThrottle}).
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

	private final Officers officers;

	private final PasswordEncoder encoder;

	private final IdentityAudit audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final AddressThrottle addresses;

	/** Compared against when there is no real hash, so an unknown username costs the same time. */
	private final String dummyHash;

	PasswordSignIn(Officers officers, PasswordEncoder encoder, IdentityAudit audit, TransactionTemplate transactions,
			Clock clock, AddressThrottle addresses) {
		this.addresses = addresses;
		this.officers = officers;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName().strip();
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? "" : credentials.toString();
		String address = ClientAddress.of(authentication.getDetails());
		Instant now = clock.instant();
		if (address != null && !addresses.allows(address, now)) {
			// too many failures from this address, across accounts: refused unchecked (recorded when it began)
			throw refused();
		}
		Optional<Officer> found = username.isEmpty() ? Optional.empty() : officers.byUsername(username);
		if (found.isEmpty()) {
			encoder.matches(password, dummyHash);
			audit.anonymous(IdentityAudit.SIGN_IN, username, Outcome.FAILURE, address);
			throw refusedFrom(address, now);
		}
		Officer officer = found.get();
		boolean passwordMatches = encoder.matches(password, officer.passwordHash());
		if (!officer.enabled() || officer.lockedAt(now)) {
			audit.anonymous(IdentityAudit.SIGN_IN, officer.username(), Outcome.FAILURE, address);
			throw refusedFrom(address, now);
		}
		if (!passwordMatches) {
			recordFailure(officer, IdentityAudit.SIGN_IN, address);
			throw refusedFrom(address, now);
		}
		return new AwaitingSecondFactor(officer.username(), authentication.getDetails());
	}

	/** A failed password or code: counted, audited, and the account locked at the fifth in a row. */
	public void recordFailure(Officer officer, String action, String address) {
		transactions.executeWithoutResult(status -> {
			audit.anonymous(action, officer.username(), Outcome.FAILURE, address);
			if (officers.recordFailure(officer.id(), clock.instant())) {
				audit.anonymous(IdentityAudit.LOCKOUT, officer.username(), Outcome.DENIED, address);
			}
		});
	}

	/** A failure counted against the address too; the one that stops the address is recorded. */
	private BadCredentialsException refusedFrom(@Nullable String address, Instant now) {
		if (address != null && addresses.failed(address, now)) {
			audit.anonymous(IdentityAudit.SIGN_IN_THROTTLED, address, Outcome.DENIED, address);
		}
		return refused();
	}

	private static BadCredentialsException refused() {
		return new BadCredentialsException("Sign-in refused");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
