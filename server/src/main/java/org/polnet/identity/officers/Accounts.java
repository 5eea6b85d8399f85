package org.polnet.identity.officers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.CurrentOfficer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** What officers do with their own account. */
@Service
public class Accounts {

	private final Officers officers;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final IdentityAudit audit;

	private final TransactionTemplate transactions;

	private final OfficerSessions sessions;

	private final Clock clock;

	Accounts(Officers officers, PasswordPolicy policy, PasswordEncoder encoder, IdentityAudit audit,
			TransactionTemplate transactions, OfficerSessions sessions, Clock clock) {
		this.sessions = sessions;
		this.officers = officers;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Changes the officer's password and ends their other sessions (whoever knew the old password is out); the
	 * reasons it was refused (message keys) otherwise.
	 */
	public List<String> changePassword(CurrentOfficer me, String current, String chosen, String repeated,
			String sessionId, String clientAddress) {
		Officer officer = officers.byUsername(me.username()).orElseThrow();
		List<String> problems = new ArrayList<>();
		if (!encoder.matches(current, officer.passwordHash())) {
			problems.add("identity.account.currentWrong");
		}
		if (!chosen.equals(repeated)) {
			problems.add("identity.account.mismatch");
		}
		problems.addAll(policy.problems(me.username(), chosen));
		if (problems.isEmpty()) {
			String hash = encoder.encode(chosen);
			transactions.executeWithoutResult(status -> {
				officers.setPassword(officer.id(), hash, clock.instant());
				audit.officer(me, "identity.password.change", me.username(), Outcome.SUCCESS, clientAddress);
			});
			sessions.endOthers(me.username(), sessionId);
		}
		else {
			audit.officer(me, "identity.password.change", me.username(), Outcome.FAILURE, clientAddress);
		}
		return problems;
	}

	/** Whether the officer has enrolled a second factor (always, once signed in) and when they last signed in. */
	public UserSummary me(CurrentOfficer me) {
		Officer officer = officers.byUsername(me.username()).orElseThrow();
		return new UserSummary(officer.id(), officer.username(), officer.displayName(), officer.officeCode(),
				me.officeName(), officer.roles(), officer.clearance(), officer.enabled(), false,
				officer.hasSecondFactor(), officer.lastSignInAt(), 0);
	}
}
