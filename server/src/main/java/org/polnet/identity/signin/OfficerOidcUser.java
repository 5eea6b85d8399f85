package org.polnet.identity.signin;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in by an OpenID Connect provider and recognised as one of our officers. */
final class OfficerOidcUser extends DefaultOidcUser {

	private final transient CurrentOfficer officer;

	OfficerOidcUser(CurrentOfficer officer, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
			@Nullable OidcUserInfo userInfo, String usernameClaim) {
		super(authorities, idToken, userInfo, usernameClaim);
		this.officer = officer;
	}

	CurrentOfficer officer() {
		return officer;
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
