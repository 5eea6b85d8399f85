package org.polnet.identity;

import java.io.Serializable;
import java.util.Set;

import org.polnet.audit.AuditActor;
import org.polnet.audit.AuditRecord.ActorType;

/**
 * The officer (or system client) behind the current request, as other modules see it.
 *
 * @param username    unique sign-in name (for a system client: the token's name)
 * @param displayName how pages greet the officer
 * @param officeCode  the office the officer belongs to: {@code NCB-<ISO3>} for an NCB, {@code GS} for the
 *                    General Secretariat, or another office code from the members module
 * @param officeName  the office's name in English
 * @param roles       what the officer may do
 * @param clearance   the highest classification the officer may read
 *                    (serializable: it is kept in the session, which lives in the database)
 */
public record CurrentOfficer(String username, String displayName, String officeCode, String officeName,
		Set<Role> roles, Clearance clearance) implements Serializable, AuditActor {

	public CurrentOfficer {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isSystem() {
		return roles.contains(Role.SYSTEM_CLIENT);
	}

	/** The ISO 3166 alpha-3 code of the officer's country for an NCB officer, else null. */
	public @org.jspecify.annotations.Nullable String ncbCountry() {
		return officeCode.startsWith("NCB-") ? officeCode.substring(4) : null;
	}

	@Override
	public String auditName() {
		return username;
	}

	@Override
	public String auditOffice() {
		return officeCode;
	}

	@Override
	public ActorType auditActorType() {
		return isSystem() ? ActorType.SYSTEM : ActorType.OFFICER;
	}
}
