package org.polnet.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token presented by a system client into an authentication (principal: a
 * {@link CurrentOfficer} with role SYSTEM_CLIENT; authorities: its role and {@code SCOPE_<scope>} per scope).
 * The security configuration's bearer filter calls it for every request carrying {@code Authorization: Bearer}.
 */
@Component
class ApiTokenAuthenticator {

	/** Empty when the token is unknown, expired or revoked. */
	Optional<Authentication> authenticate(String token, String clientAddress) {
		return Optional.empty();
	}
}
