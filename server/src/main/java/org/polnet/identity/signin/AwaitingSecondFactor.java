package org.polnet.identity.signin;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The password was right; the second factor is still to come. This partial sign-in carries a single authority
 * that opens the second-factor pages and nothing else.
 */
public final class AwaitingSecondFactor extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	public static final String AUTHORITY = "IDENTITY_AWAITING_SECOND_FACTOR";

	private final String username;

	AwaitingSecondFactor(String username, @Nullable Object details) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.username = username;
		setDetails(details);
		setAuthenticated(true);
	}

	public static boolean is(@Nullable Authentication authentication) {
		return authentication instanceof AwaitingSecondFactor;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public String getPrincipal() {
		return username;
	}

	@Override
	public String getName() {
		return username;
	}
}
