package org.polnet.identity.tokens;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A system client authenticated by its API token. Only its name differs from the parent's: the token's
 * username ({@code token:<name>}), where the parent would print the whole principal record.
 */
final class ApiTokenAuthentication extends UsernamePasswordAuthenticationToken {

	private final String username;

	ApiTokenAuthentication(CurrentOfficer client, Collection<? extends GrantedAuthority> authorities) {
		super(client, null, authorities);
		this.username = client.username();
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}
}
