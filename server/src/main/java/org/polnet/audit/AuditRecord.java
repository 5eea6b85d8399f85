package org.polnet.audit;

import org.jspecify.annotations.Nullable;

/**
 * One thing to write to the audit trail: who did what to which target, why, and how it ended.
 *
 * @param actor         the officer's username, the system client's token name, or "anonymous"
 * @param actorType     officer, system client or anonymous
 * @param office        the actor's office code (e.g. NCB-FRA, GS), when known
 * @param action        what was done, dotted and stable: {@code identity.sign-in}, {@code members.view}
 * @param target        what it was done to: a username, a record reference, a path
 * @param purpose       the purpose the actor stated (required for consultations of police data)
 * @param outcome       success, denied or failure
 * @param clientAddress the caller's IP address, when the action came over the network
 */
public record AuditRecord(String actor, ActorType actorType, @Nullable String office, String action,
		@Nullable String target, @Nullable String purpose, Outcome outcome, @Nullable String clientAddress) {

	public enum ActorType {
		OFFICER, SYSTEM, ANONYMOUS
	}

	public enum Outcome {
		SUCCESS, DENIED, FAILURE
	}

	/** What this actor did, as the trail names them (office and actor type from the actor itself). */
	public static AuditRecord of(AuditActor actor, String action, @Nullable String target, @Nullable String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		return new AuditRecord(actor.auditName(), actor.auditActorType(), actor.auditOffice(), action, target, purpose,
				outcome, clientAddress);
	}

	public AuditRecord {
		if (actor.isBlank() || action.isBlank()) {
			throw new IllegalArgumentException("An audit record needs an actor and an action");
		}
	}
}
