package org.polnet.identity.officers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.Role;

/** An officer's account as administrators see it. */
public record UserSummary(long id, String username, String displayName, String officeCode, String officeName,
		Set<Role> roles, Clearance clearance, boolean enabled, boolean locked, boolean secondFactorEnrolled,
		@Nullable Instant lastSignInAt, int sessions) {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The last sign-in to the minute, in UTC; null if never. */
	public @Nullable String lastSignIn() {
		return lastSignInAt == null ? null : MINUTES.format(lastSignInAt);
	}
}
