package org.polnet.identity.officers;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, for the audit trail. */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	public static @Nullable String of(@Nullable Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}
}
