package org.polnet.identity.signin;

import java.util.Optional;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Recognises a user signed in by an external OpenID Connect provider as one of our officers: the provider's
 * username claim ({@code preferred_username} unless configured otherwise) must name an existing, enabled
 * officer, whose roles and clearance then apply. Nobody else gets in, and every attempt is audited. Choose a
 * claim the provider's users cannot change themselves (Keycloak's {@code preferred_username} is set by its
 * administrators unless "edit username" is allowed).
 */
class OidcOfficerMapping implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String UNKNOWN_OFFICER = "unknown_officer";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

	private final OfficerLookup officers;

	private final AuditTrail auditTrail;

	private final String usernameClaim;

	/**
	 * @param provider loads the provider's user: the standard OidcUserService, which also fetches and checks
	 *                 the UserInfo when the provider has one
	 */
	OidcOfficerMapping(OAuth2UserService<OidcUserRequest, OidcUser> provider, OfficerLookup officers,
			AuditTrail auditTrail, String usernameClaim) {
		this.provider = provider;
		this.officers = officers;
		this.auditTrail = auditTrail;
		this.usernameClaim = usernameClaim;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = provider.loadUser(request);
		String registration = request.getClientRegistration().getRegistrationId();
		Object claimed = user.getClaims().get(usernameClaim);
		String username = claimed instanceof String text ? text.strip() : "";
		Optional<CurrentOfficer> officer = username.isEmpty() ? Optional.empty() : officers.enabledOfficer(username);
		if (officer.isEmpty()) {
			auditTrail.record(new AuditRecord("anonymous", ActorType.ANONYMOUS, null, "identity.sign-in.oidc",
					username.isEmpty() ? registration : username + " (" + registration + ")", null, Outcome.DENIED,
					null));
			throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_OFFICER,
					"The provider's user is not a Polnet officer who may sign in", null));
		}
		CurrentOfficer found = officer.get();
		auditTrail.record(AuditRecord.of(found, "identity.sign-in.oidc", found.username() + " (" + registration + ")", null, Outcome.SUCCESS, null));
		return new OfficerOidcUser(found, SignedInOfficer.authoritiesOf(found), user.getIdToken(), user.getUserInfo(), usernameClaim);
	}

}
