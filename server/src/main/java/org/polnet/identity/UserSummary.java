package org.polnet.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An officer's account as administrators see it. */
public record UserSummary(long id, String username, String displayName, String officeCode, String officeName,
		Set<Role> roles, Clearance clearance, boolean enabled, boolean locked, boolean secondFactorEnrolled,
		@Nullable Instant lastSignInAt, int sessions) {

	private static final java.time.format.DateTimeFormatter MINUTES = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(java.time.ZoneOffset.UTC);

	/** The last sign-in to the minute, in UTC; null if never. */
	public @Nullable String lastSignIn() {
		return lastSignInAt == null ? null : MINUTES.format(lastSignInAt);
	}
}
