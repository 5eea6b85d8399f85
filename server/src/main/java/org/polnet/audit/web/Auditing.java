package org.polnet.audit.web;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditActor;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Records what auditors do with the trail. The actor comes from Spring Security's authentication (this module
 * sits below identity and must not ask it): its principal names itself and its office as an {@link AuditActor}.
 */
@Component
class Auditing {

	private final AuditTrail trail;

	Auditing(AuditTrail trail) {
		this.trail = trail;
	}

	void record(String action, @Nullable String target, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuditActor known) {
			trail.record(AuditRecord.of(known, action, target,
					null, Outcome.SUCCESS, request.getRemoteAddr()));
			return;
		}
		String actor = authentication == null ? "anonymous" : authentication.getName();
		boolean system = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_SYSTEM_CLIENT".equals(authority.getAuthority()));
		ActorType type = authentication == null ? ActorType.ANONYMOUS : system ? ActorType.SYSTEM : ActorType.OFFICER;
		trail.record(new AuditRecord(actor, type, null, action, target, null, Outcome.SUCCESS, request.getRemoteAddr()));
	}
}
