package org.polnet.identity;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Identity's words for the audit trail: who acted (an officer, a system, or someone not yet known). */
@Component
class IdentityAudit {

	static final String SIGN_IN = "identity.sign-in";

	static final String SECOND_FACTOR = "identity.second-factor";

	static final String SIGN_OUT = "identity.sign-out";

	static final String LOCKOUT = "identity.lockout";

	static final String ACCESS_DENIED = "identity.access-denied";

	static final String UNAUTHENTICATED = "identity.unauthenticated";

	static final String BEARER_REJECTED = "identity.bearer-rejected";

	private final AuditTrail trail;

	IdentityAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void anonymous(String action, @Nullable String target, Outcome outcome, @Nullable String clientAddress) {
		trail.record(new AuditRecord("anonymous", ActorType.ANONYMOUS, null, action, target, null, outcome, clientAddress));
	}

	void officer(CurrentOfficer officer, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		trail.record(AuditRecord.of(officer, action, target, null, outcome, clientAddress));
	}

	/** Whoever the authentication says, or anonymous. */
	void actor(@Nullable Authentication authentication, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		if (authentication != null && authentication.getPrincipal() instanceof CurrentOfficer officer) {
			officer(officer, action, target, outcome, clientAddress);
		}
		else if (authentication instanceof AwaitingSecondFactor pending) {
			trail.record(new AuditRecord(pending.getName(), ActorType.OFFICER, null, action, target, null, outcome,
					clientAddress));
		}
		else {
			anonymous(action, target, outcome, clientAddress);
		}
	}
}
