package org.polnet.identity.tokens;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A system client's API token as stored (without its secret).
 *
 * @param prefix the first characters of the secret, to recognise the token in a list
 */
public record ApiToken(long id, String name, String officeCode, String officeName, String prefix,
		Set<ApiScope> scopes, Instant createdAt, String createdBy, Instant expiresAt, @Nullable Instant revokedAt,
		@Nullable String revokedBy, @Nullable Instant lastUsedAt) {

	public enum Status {
		ACTIVE, EXPIRED, REVOKED
	}

	public ApiToken {
		scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
	}

	public Status status(Instant now) {
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
	}

	/** How the token's client appears as an actor (audit trail, logs). */
	public String username() {
		return "token:" + name;
	}

	/** Scopes in their stable order, for pages. */
	public List<ApiScope> scopesInOrder() {
		return scopes.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(scopes));
	}

	CurrentOfficer asOfficer() {
		return new CurrentOfficer(username(), name, officeCode, officeName, Set.of(Role.SYSTEM_CLIENT),
				Clearance.FOR_OFFICIAL_USE_ONLY);
	}

	List<GrantedAuthority> authorities() {
		return Stream.concat(Stream.of(Role.SYSTEM_CLIENT.authority()), scopesInOrder().stream().map(ApiScope::authority))
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
	}
}
