package org.polnet.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's fictional threads, as the demo officers find them at first start. */
@PolnetIntegrationTest
class DemoMessagesTests {

	@Autowired
	MessageDesk desk;

	@Test
	void brasiliaFindsNairobisUrgentMessageToAcknowledgeWhichTokyoAcknowledged() {
		CurrentOfficer brasilia = new CurrentOfficer("bra.officer", "Demo", "NCB-BRA", "NCB Brasília",
				Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED);
		InboxPage inbox = desk.inbox(brasilia, InboxQuery.received(), 0, 50, null);
		MessageSummary urgent = inbox.messages()
			.stream()
			.filter(summary -> summary.priority() == Priority.URGENT && summary.senderOffice().equals("NCB-KEN"))
			.findFirst()
			.orElseThrow();
		assertThat(urgent.awaitingAcknowledgement()).isTrue();
		MessageView view = desk.read(brasilia, urgent.id(), null);
		assertThat(view.signature()).isEqualTo(SignatureStatus.VALID);
		assertThat(view.subject()).startsWith("[DEMO]");
		assertThat(inbox.messages()).extracting(MessageSummary::senderOffice).contains("NCB-JPN");
		CurrentOfficer nairobi = new CurrentOfficer("ken.officer", "Demo", "NCB-KEN", "NCB Nairobi",
				Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED);
		assertThat(desk.read(nairobi, urgent.id(), null).receipts()).anySatisfy(receipt -> {
			assertThat(receipt.office()).isEqualTo("NCB-JPN");
			assertThat(receipt.acknowledgedBy()).isEqualTo("jpn.officer");
		});
	}
}
