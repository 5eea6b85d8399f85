package org.polnet.audit;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord.ActorType;

/**
 * Whoever acts, as the audit trail names them. The identity module's principals implement it, so that the trail
 * can name the actor's office without depending on identity.
 */
public interface AuditActor {

	/** The username, or the system client's token name. */
	String auditName();

	/** The office the actor belongs to, when known. */
	@Nullable String auditOffice();

	ActorType auditActorType();
}
