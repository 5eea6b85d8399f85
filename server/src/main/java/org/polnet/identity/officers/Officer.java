package org.polnet.identity.officers;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;

/**
 * An officer's account as stored.
 *
 * @param totpSecret     the encrypted TOTP secret; null until enrolment starts
 * @param totpConfirmed  whether the officer proved, by typing a code, that the authenticator holds the secret
 * @param totpLastStep   the last accepted 30-second step (codes of that step or earlier are refused)
 */
public record Officer(long id, String username, String displayName, String officeCode, Set<Role> roles,
		Clearance clearance, String passwordHash, boolean enabled, int failedAttempts, @Nullable Instant lockedUntil,
		byte @Nullable [] totpSecret, boolean totpConfirmed, long totpLastStep, @Nullable Instant lastSignInAt) {

	static final int MAXIMUM_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(10);

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public boolean hasSecondFactor() {
		return totpSecret != null && totpConfirmed;
	}

	public CurrentOfficer asCurrent(String officeName) {
		return new CurrentOfficer(username, displayName, officeCode, officeName, roles, clearance);
	}
}
