package org.polnet.identity.signin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.polnet.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in with an external OpenID Connect provider (Keycloak or any), offered next to the built-in sign-in
 * when {@code spring.security.oauth2.client.registration.<id>} is configured, and absent otherwise. The
 * provider's user must be an existing, enabled officer ({@link OidcOfficerMapping}); once recognised, the
 * session holds the same authentication as after a built-in sign-in (principal: the {@link CurrentOfficer}),
 * so the rest of the platform cannot tell the two apart. The provider is trusted for the second factor.
 */
@Component
public class OidcSignIn {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final ObjectProvider<OfficerLookup> officers;

	private final AuditTrail auditTrail;

	private final String usernameClaim;

	OidcSignIn(ObjectProvider<ClientRegistrationRepository> registrations, ObjectProvider<OfficerLookup> officers,
			AuditTrail auditTrail, @Value("${polnet.oidc.username-claim:preferred_username}") String usernameClaim) {
		this.registrations = registrations;
		this.officers = officers;
		this.auditTrail = auditTrail;
		this.usernameClaim = usernameClaim;
	}

	/**
	 * Adds OpenID Connect sign-in to the security configuration when a provider is configured; does nothing
	 * otherwise.
	 * @param loginPage the built-in sign-in page, which stays the default entry point (it should link to
	 *                  {@code /oauth2/authorization/<id>} for each of {@link #providers()})
	 */
	public void applyTo(HttpSecurity http, String loginPage) {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		OfficerLookup lookup = officers.getIfAvailable();
		if (lookup == null) {
			throw new IllegalStateException("OpenID Connect sign-in is configured but no OfficerLookup bean exists");
		}
		OidcOfficerMapping mapping = new OidcOfficerMapping(new OidcUserService(), lookup, auditTrail, usernameClaim);
		http.oauth2Login(login -> login.loginPage(loginPage)
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(mapping))
			.successHandler(new AsOfficer(new SavedRequestAwareAuthenticationSuccessHandler())));
	}

	/** The configured providers, for the sign-in page's links; empty when there are none. */
	public List<Provider> providers() {
		List<Provider> providers = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider(client.getRegistrationId(), client.getClientName(),
							"/oauth2/authorization/" + client.getRegistrationId()));
				}
			}
		}
		return providers;
	}

	/** @param signInPath where the sign-in page's link for this provider points */
	public record Provider(String registrationId, String name, String signInPath) {
	}

	/**
	 * Replaces the provider's authentication by the one a built-in sign-in gives, saves it in the session, and
	 * continues to the page the officer asked for.
	 */
	static final class AsOfficer implements AuthenticationSuccessHandler {

		private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

		private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

		private final AuthenticationSuccessHandler next;

		AsOfficer(AuthenticationSuccessHandler next) {
			this.next = next;
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			Authentication signedIn = authentication;
			if (authentication.getPrincipal() instanceof OfficerOidcUser user) {
				signedIn = new SignedInOfficer(user.officer(), authentication.getDetails());
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(signedIn);
				holder.setContext(context);
				repository.saveContext(context, request, response);
			}
			next.onAuthenticationSuccess(request, response, signedIn);
		}
	}
}
