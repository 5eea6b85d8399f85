package org.polnet.identity;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An officer who passed both factors: the principal is the {@link CurrentOfficer}, the authorities its roles. */
final class SignedInOfficer extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final CurrentOfficer officer;

	SignedInOfficer(CurrentOfficer officer, @Nullable Object details) {
		super(authorities(officer));
		this.officer = officer;
		setDetails(details);
		setAuthenticated(true);
	}

	private static List<GrantedAuthority> authorities(CurrentOfficer officer) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		officer.roles().stream().sorted().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public CurrentOfficer getPrincipal() {
		return officer;
	}

	/** The username: the session index finds an officer's sessions by it. */
	@Override
	public String getName() {
		return officer.username();
	}
}
