package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.polnet.audit.AuditRecord.ActorType;
import org.polnet.audit.AuditRecord.Outcome;

class AuditRecordTests {

	@Test
	void aRecordFromAnActorNamesTheActorItsTypeAndItsOffice() {
		AuditActor system = new AuditActor() {
			@Override
			public String auditName() {
				return "narita-gate-4";
			}

			@Override
			public String auditOffice() {
				return "NCB-JPN";
			}

			@Override
			public ActorType auditActorType() {
				return ActorType.SYSTEM;
			}
		};

		assertThat(AuditRecord.of(system, "documents.find", "SLTD FRA X1", "border check", Outcome.SUCCESS, "10.0.0.9"))
			.isEqualTo(new AuditRecord("narita-gate-4", ActorType.SYSTEM, "NCB-JPN", "documents.find", "SLTD FRA X1",
					"border check", Outcome.SUCCESS, "10.0.0.9"));
	}
}
