package org.polnet.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, for the audit trail. */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	static @Nullable String of(@Nullable Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
