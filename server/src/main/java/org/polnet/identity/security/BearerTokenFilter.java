package org.polnet.identity.security;

import java.io.IOException;
import java.util.Optional;

import org.polnet.identity.officers.ClientAddress;
import org.polnet.identity.officers.AnonymousRefusals;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.tokens.ApiTokenAuthenticator;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates a system client by its API token ({@code Authorization: Bearer <token>}) for this request only:
 * nothing goes to a session. An unknown, expired or revoked token ends the request with 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokenAuthenticator tokens;

	private final AnonymousRefusals refusals;

	BearerTokenFilter(ApiTokenAuthenticator tokens, AnonymousRefusals refusals) {
		this.tokens = tokens;
		this.refusals = refusals;
	}

	static boolean carriesBearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(PREFIX.length()).strip();
		String address = ClientAddress.of(request);
		Optional<Authentication> authenticated = token.isEmpty() ? Optional.empty()
				: tokens.authenticate(token, address);
		if (authenticated.isEmpty()) {
			refusals.refused(IdentityAudit.BEARER_REJECTED, request.getRequestURI(), address);
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ProblemResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
					"urn:polnet:problem:invalid-token", "Invalid token",
					"The API token is unknown, expired or revoked.");
			return;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authenticated.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
