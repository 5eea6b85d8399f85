package org.polnet.identity.security;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.officers.AnonymousRefusals;
import org.polnet.identity.officers.ClientAddress;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.signin.AwaitingSecondFactor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How refusals are answered and recorded: API callers get problem details (401 without credentials, 403 without
 * the right), pages get the error page (403) or the sign-in page; every refusal is in the audit trail, those of
 * anonymous callers counted per source and period ({@link AnonymousRefusals}).
 */
@Component
class SecurityProblems {

	private final IdentityAudit audit;

	private final AnonymousRefusals anonymousRefusals;

	SecurityProblems(IdentityAudit audit, AnonymousRefusals anonymousRefusals) {
		this.audit = audit;
		this.anonymousRefusals = anonymousRefusals;
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the API documentation viewer is a page for people; everything else there answers programs
		return (path.startsWith("/api/") && !path.startsWith("/api/v1/docs")) || path.startsWith("/actuator")
				|| path.startsWith("/v3/api-docs");
	}

	/** API without credentials: 401 problem, never a redirect to a page a program cannot use. */
	AuthenticationEntryPoint apiEntryPoint() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			anonymousRefusals.refused(IdentityAudit.UNAUTHENTICATED, request.getRequestURI(), ClientAddress.of(request));
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			ProblemResponses.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
					"urn:polnet:problem:unauthenticated", "Authentication required",
					"Sign in, or send an API token as Authorization: Bearer.");
		};
	}

	/** Records whoever the authentication says: an officer, a system, one half signed in, or anonymous. */
	void actor(@Nullable Authentication authentication, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentOfficer officer) {
			audit.officer(officer, action, target, outcome, clientAddress);
		}
		else if (authentication instanceof AwaitingSecondFactor pending) {
			audit.pendingOfficer(pending.getName(), action, target, outcome, clientAddress);
		}
		else {
			audit.anonymous(action, target, outcome, clientAddress);
		}
	}

	AccessDeniedHandler accessDeniedHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (AwaitingSecondFactor.is(authentication) && !isApi(request)) {
				// half signed in: the only way on is the second factor
				response.sendRedirect(request.getContextPath() + "/login/second-factor");
				return;
			}
			String target = request.getMethod() + " " + request.getRequestURI();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
				anonymousRefusals.refused(IdentityAudit.ACCESS_DENIED, target, ClientAddress.of(request));
			}
			else {
				actor(authentication, IdentityAudit.ACCESS_DENIED, target, Outcome.DENIED, ClientAddress.of(request));
			}
			if (isApi(request)) {
				ProblemResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN,
						"urn:polnet:problem:forbidden", "Forbidden", "You may not do this. The attempt has been recorded.");
			}
			else {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
		};
	}
}
