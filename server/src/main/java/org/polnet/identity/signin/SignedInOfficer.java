package org.polnet.identity.signin;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An officer who passed both factors: the principal is the {@link CurrentOfficer}, the authorities its roles. */
public final class SignedInOfficer extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final CurrentOfficer officer;

	public SignedInOfficer(CurrentOfficer officer, @Nullable Object details) {
		super(authoritiesOf(officer));
		this.officer = officer;
		setDetails(details);
		setAuthenticated(true);
	}

	/** The officer's roles as authorities: whatever way the officer signed in, nothing else adds to them. */
	static List<GrantedAuthority> authoritiesOf(CurrentOfficer officer) {
		return officer.roles()
			.stream()
			.sorted()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
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
