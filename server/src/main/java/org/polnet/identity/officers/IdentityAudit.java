package org.polnet.identity.officers;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Component;

/** Identity's words for the audit trail: who acted (an officer, a system, or someone not yet known). */
@Component
public class IdentityAudit {

	public static final String SIGN_IN = "identity.sign-in";

	public static final String SECOND_FACTOR = "identity.second-factor";

	public static final String SIGN_OUT = "identity.sign-out";

	public static final String LOCKOUT = "identity.lockout";

	public static final String ACCESS_DENIED = "identity.access-denied";

	public static final String UNAUTHENTICATED = "identity.unauthenticated";

	/** Too many failed sign-ins from one client address, across accounts: its sign-ins stop for a while. */
	public static final String SIGN_IN_THROTTLED = "identity.sign-in-throttled";

	public static final String BEARER_REJECTED = "identity.bearer-rejected";

	private final AuditTrail trail;

	IdentityAudit(AuditTrail trail) {
		this.trail = trail;
	}

	public void anonymous(String action, @Nullable String target, Outcome outcome, @Nullable String clientAddress) {
		trail.record(new AuditRecord("anonymous", ActorType.ANONYMOUS, null, action, target, null, outcome, clientAddress));
	}

	public void officer(CurrentOfficer officer, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		trail.record(AuditRecord.of(officer, action, target, null, outcome, clientAddress));
	}

	/**
	 * Someone at the server's console, outside any session: the operating-system account that ran a setup
	 * command, in the GS.
	 */
	public void console(String operatingSystemUser, String action, @Nullable String target, Outcome outcome) {
		trail.record(new AuditRecord("console:" + operatingSystemUser, ActorType.SYSTEM, "GS", action, target, null,
				outcome, null));
	}

	/** An officer known only by username: one who gave the right password and has the second factor to come. */
	public void pendingOfficer(String username, String action, @Nullable String target, Outcome outcome,
			@Nullable String clientAddress) {
		trail.record(new AuditRecord(username, ActorType.OFFICER, null, action, target, null, outcome, clientAddress));
	}
}
