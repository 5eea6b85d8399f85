package org.polnet.identity.administration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.officers.IdentityAudit;
import org.polnet.identity.officers.OfficeDirectory;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.OfficerSessions;
import org.polnet.identity.officers.Officers;
import org.polnet.identity.officers.PasswordPolicy;
import org.polnet.identity.officers.UserSummary;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Managing officers' accounts. A GS administrator manages every office; an NCB administrator only their own
 * office's officers and only NCB roles. Nobody grants a clearance above their own (an API token acts at the lowest)
 * or changes their own roles or clearance. Reaching for anything else is not allowed, changes nothing and is
 * recorded in the audit trail.
 */
@Service
public class OfficerAdministration {

	private static final Set<Role> NCB_ROLES = EnumSet.of(Role.NCB_OFFICER, Role.NCB_SUPERVISOR, Role.NCB_ADMIN);

	private static final Set<Role> OFFICER_ROLES = EnumSet.complementOf(EnumSet.of(Role.SYSTEM_CLIENT));

	private final Officers officers;

	private final OfficeDirectory offices;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final OfficerSessions sessions;

	private final IdentityAudit audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OfficerAdministration(Officers officers, OfficeDirectory offices, PasswordPolicy policy, PasswordEncoder encoder,
			OfficerSessions sessions, IdentityAudit audit, TransactionTemplate transactions, Clock clock) {
		this.officers = officers;
		this.offices = offices;
		this.policy = policy;
		this.encoder = encoder;
		this.sessions = sessions;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The offices whose officers this administrator manages, code to name. */
	public Map<String, String> officesFor(CurrentOfficer admin) {
		if (admin.has(Role.GS_ADMIN)) {
			return offices.all();
		}
		Map<String, String> own = new LinkedHashMap<>();
		if (admin.has(Role.NCB_ADMIN)) {
			own.put(admin.officeCode(), offices.name(admin.officeCode()));
		}
		return own;
	}

	/** The roles this administrator may grant. */
	public Set<Role> grantableRoles(CurrentOfficer admin) {
		return admin.has(Role.GS_ADMIN) ? OFFICER_ROLES : admin.has(Role.NCB_ADMIN) ? NCB_ROLES : Set.of();
	}

	public List<UserSummary> users(CurrentOfficer admin, String officeCode, String clientAddress) {
		requireOffice(admin, officeCode, "office " + officeCode, clientAddress);
		return officers.ofOffice(officeCode).stream().map(this::summary).toList();
	}

	public UserSummary user(CurrentOfficer admin, long id, String clientAddress) {
		return summary(managed(admin, id, clientAddress));
	}

	/** As {@link #user(CurrentOfficer, long, String)}, by username (any case): how the users API names officers. */
	public UserSummary user(CurrentOfficer admin, String username, String clientAddress) {
		return user(admin, idOf(username), clientAddress);
	}

	/** Creates the account; the reasons it was refused (message keys) otherwise. */
	public List<String> create(CurrentOfficer admin, NewUser user, String clientAddress) {
		String username = user.username().strip().toLowerCase(Locale.ROOT);
		requireOffice(admin, user.officeCode(), "new user " + username, clientAddress);
		requireGrantable(admin, user.roles(), user.clearance(), "new user " + username, clientAddress);
		List<String> problems = new ArrayList<>();
		if (!username.matches("[a-z0-9][a-z0-9._-]{2,39}")) {
			problems.add("identity.admin.usernameInvalid");
		}
		else if (officers.byUsername(username).isPresent()) {
			problems.add("identity.admin.usernameTaken");
		}
		if (user.displayName().isBlank() || user.displayName().length() > 120) {
			problems.add("identity.admin.displayNameInvalid");
		}
		if (user.roles().isEmpty()) {
			problems.add("identity.admin.rolesRequired");
		}
		problems.addAll(policy.problems(username, user.password()));
		if (problems.isEmpty()) {
			String hash = encoder.encode(user.password());
			transactions.executeWithoutResult(status -> {
				officers.create(username, user.displayName().strip(), user.officeCode(), user.roles(),
						user.clearance(), hash, clock.instant());
				audit.officer(admin, "identity.user.create", username, Outcome.SUCCESS, clientAddress);
			});
		}
		return problems;
	}

	/** New roles and clearance; the officer's sessions end, so the new rights apply from the next sign-in. */
	public void changeAccess(CurrentOfficer admin, long id, Set<Role> roles, Clearance clearance,
			String clientAddress) {
		Officer officer = managed(admin, id, clientAddress);
		if (officer.username().equals(admin.username())) {
			// another administrator decides an administrator's own rights
			refuse(admin, officer.username() + " (own access)", clientAddress);
		}
		requireGrantable(admin, roles, clearance, officer.username(), clientAddress);
		if (roles.isEmpty()) {
			throw new InvalidInputException("An officer needs a role");
		}
		change(admin, officer, "identity.user.access", clientAddress, o -> {
			officers.setRoles(o.id(), roles);
			officers.setClearance(o.id(), clearance);
		});
		sessions.endAll(officer.username());
	}

	/** Disabling ends the officer's sessions at once. */
	public void setEnabled(CurrentOfficer admin, long id, boolean enabled, String clientAddress) {
		Officer officer = managed(admin, id, clientAddress);
		change(admin, officer, enabled ? "identity.user.enable" : "identity.user.disable", clientAddress,
				o -> officers.setEnabled(o.id(), enabled));
		if (!enabled) {
			sessions.endAll(officer.username());
		}
	}

	/** As {@link #setEnabled(CurrentOfficer, long, boolean, String)}, by username (any case). */
	public void setEnabled(CurrentOfficer admin, String username, boolean enabled, String clientAddress) {
		setEnabled(admin, idOf(username), enabled, clientAddress);
	}

	/**
	 * The administrator a system client with the {@code users:manage} scope acts as: that of its token's office,
	 * with an NCB administrator's rights there (own office only, NCB roles only), never a GS administrator's.
	 */
	public static CurrentOfficer tokenAdministrator(CurrentOfficer client) {
		if (!client.isSystem()) {
			throw new IllegalArgumentException("Not a system client: " + client.username());
		}
		return new CurrentOfficer(client.username(), client.displayName(), client.officeCode(), client.officeName(),
				EnumSet.of(Role.SYSTEM_CLIENT, Role.NCB_ADMIN), client.clearance());
	}

	/** The officer enrols a new authenticator at the next sign-in; their sessions end now. */
	public void resetSecondFactor(CurrentOfficer admin, long id, String clientAddress) {
		Officer officer = managed(admin, id, clientAddress);
		change(admin, officer, "identity.second-factor.reset", clientAddress,
				o -> officers.resetSecondFactor(o.id()));
		sessions.endAll(officer.username());
	}

	public void endSessions(CurrentOfficer admin, long id, String clientAddress) {
		Officer officer = managed(admin, id, clientAddress);
		int ended = sessions.endAll(officer.username());
		audit.officer(admin, "identity.sessions.end", officer.username() + " (" + ended + ")", Outcome.SUCCESS,
				clientAddress);
	}

	public void unlock(CurrentOfficer admin, long id, String clientAddress) {
		Officer officer = managed(admin, id, clientAddress);
		change(admin, officer, "identity.user.unlock", clientAddress, o -> officers.unlock(o.id()));
	}

	private void change(CurrentOfficer admin, Officer officer, String action, String clientAddress,
			Consumer<Officer> change) {
		transactions.executeWithoutResult(status -> {
			change.accept(officer);
			audit.officer(admin, action, officer.username(), Outcome.SUCCESS, clientAddress);
		});
	}

	private long idOf(String username) {
		return officers.byUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(Officer::id)
			.orElseThrow(OfficerAdministration::noSuchUser);
	}

	/**
	 * The officer, if this administrator may manage them; else not found, for another office's officer as for none
	 * (the attempt recorded), so that an administrator does not learn who exists in other offices.
	 */
	private Officer managed(CurrentOfficer admin, long id, String clientAddress) {
		Officer officer = officers.byId(id).orElseThrow(OfficerAdministration::noSuchUser);
		if (!officesFor(admin).containsKey(officer.officeCode())) {
			audit.officer(admin, IdentityAudit.ACCESS_DENIED, "manage " + officer.username(), Outcome.DENIED,
					clientAddress);
			throw noSuchUser();
		}
		return officer;
	}

	private void requireOffice(CurrentOfficer admin, String officeCode, String target, String clientAddress) {
		if (!officesFor(admin).containsKey(officeCode)) {
			refuse(admin, target, clientAddress);
		}
	}

	/** Only the roles of this administrator's kind, and no clearance above their own (a token's is the lowest). */
	private void requireGrantable(CurrentOfficer admin, Set<Role> roles, Clearance clearance, String target,
			String clientAddress) {
		if (!grantableRoles(admin).containsAll(roles)) {
			refuse(admin, target, clientAddress);
		}
		if (!admin.clearance().covers(clearance)) {
			refuse(admin, target + " (clearance " + clearance + ")", clientAddress);
		}
	}

	private void refuse(CurrentOfficer admin, String target, String clientAddress) {
		audit.officer(admin, IdentityAudit.ACCESS_DENIED, "manage " + target, Outcome.DENIED, clientAddress);
		throw new NotAllowedException(
				"You may not manage this office's users or grant these roles. The attempt has been recorded.");
	}

	private static NotFoundException noSuchUser() {
		return new NotFoundException("No such user");
	}

	private UserSummary summary(Officer officer) {
		return new UserSummary(officer.id(), officer.username(), officer.displayName(), officer.officeCode(),
				offices.name(officer.officeCode()), officer.roles(), officer.clearance(), officer.enabled(),
				officer.lockedAt(clock.instant()), officer.hasSecondFactor(), officer.lastSignInAt(),
				sessions.count(officer.username()));
	}
}
