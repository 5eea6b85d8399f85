package org.polnet.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Officers and messages for the messaging tests, each officer with a name of its own. */
public final class TestMessages {

	private TestMessages() {
	}

	public static CurrentOfficer officer(String office, Clearance clearance) {
		String name = office.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8);
		return new CurrentOfficer(name, "Test " + name, office, "Office " + office, Set.of(Role.NCB_OFFICER), clearance);
	}

	public static CurrentOfficer officer(String office) {
		return officer(office, Clearance.RESTRICTED);
	}

	public static CurrentOfficer dutyOfficer() {
		String name = "gs.duty." + UUID.randomUUID().toString().substring(0, 8);
		return new CurrentOfficer(name, "Test " + name, "GS", "General Secretariat", Set.of(Role.GS_OFFICER),
				Clearance.CONFIDENTIAL);
	}

	public static NewMessage routine(String subject, String... offices) {
		return NewMessage.of(Recipients.toOffices(offices), subject, "<p>Synthetic test body about " + subject + "</p>",
				Clearance.RESTRICTED, Priority.ROUTINE);
	}

	/** Waits until the fan-out delivered the message to every recipient office. */
	public static void awaitDelivery(JdbcClient jdbc, UUID message) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("SELECT count(*) FROM messaging_delivery WHERE message_id = ? AND delivered_at IS NULL")
				.param(message)
				.query(Long.class)
				.single() == 0);
	}
}
