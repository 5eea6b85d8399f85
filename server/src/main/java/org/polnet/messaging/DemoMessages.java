package org.polnet.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.members.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo only: at the first start (no message yet), a few clearly fictional threads between the demo NCBs, in several
 * languages and priorities, sent through the real path (encrypted, signed, audited, fanned out). Nairobi's urgent
 * message is acknowledged by Tokyo and not by Brasília, so the CCC board shows its escalation 15 minutes later.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoMessages implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoMessages.class);

	private final MessageDesk desk;

	private final Messages messages;

	DemoMessages(MessageDesk desk, Messages messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (messages.any()) {
			return;
		}
		CurrentOfficer nairobi = officer("ken.officer", "NCB-KEN");
		CurrentOfficer brasilia = officer("bra.officer", "NCB-BRA");
		CurrentOfficer tokyo = officer("jpn.officer", "NCB-JPN");
		CurrentOfficer paris = officer("fra.officer", "NCB-FRA");
		CurrentOfficer amman = officer("jor.officer", "NCB-JOR");

		SentMessage urgent = desk.send(nairobi, new NewMessage(Recipients.toOffices("NCB-BRA", "NCB-JPN"),
				"[DEMO] Suspect of a fictional fraud case travelling tonight",
				"<p>This is <b>fictional demo data</b>. A suspect in demo case KE-DEMO-001 is booked on flight XX 000 "
						+ "tonight with a transit in your country. Please confirm whether you can meet the flight.</p>",
				Clearance.RESTRICTED, Priority.URGENT, new Reference(Reference.Kind.CASE, "KE-DEMO-001"), null, null),
				null, null);
		SentMessage french = desk.send(paris, NewMessage.of(Recipients.toOffices("NCB-JOR"),
				"[DÉMO] Demande d'information sur un véhicule fictif",
				"<p>Données de démonstration fictives. Pouvez-vous vérifier le véhicule de démonstration "
						+ "<i>DEMO-123</i> signalé à la frontière ?</p>",
				Clearance.FOR_OFFICIAL_USE_ONLY, Priority.ROUTINE), null, null);
		desk.send(brasilia, NewMessage.of(Recipients.toRegion(Region.AMERICAS),
				"[DEMO] Alerta regional ficticia",
				"<p>Datos de demostración ficticios. Se recuerda a las oficinas de la región el ejercicio de "
						+ "coordinación del próximo mes.</p><ul><li>Fecha: ficticia</li><li>Lugar: ficticio</li></ul>",
				Clearance.FOR_OFFICIAL_USE_ONLY, Priority.ROUTINE), null, null);
		desk.send(tokyo, NewMessage.of(Recipients.toGeneralSecretariat(), "[DEMO] Flash: fictional exercise report",
				"<p>Fictional demo data: the demo exercise ended; no action is needed.</p>", Clearance.RESTRICTED,
				Priority.FLASH), null, null);
		awaitDelivery();
		desk.read(tokyo, urgent.id(), null);
		desk.acknowledge(tokyo, urgent.id(), null);
		desk.read(amman, french.id(), null);
		desk.send(amman, new NewMessage(Recipients.toOffices("NCB-FRA"), "[تجريبي] رد: طلب معلومات عن مركبة وهمية",
				"<p>بيانات تجريبية وهمية. تم التحقق من المركبة التجريبية ولا توجد نتيجة.</p>",
				Clearance.FOR_OFFICIAL_USE_ONLY, Priority.ROUTINE, null, french.id(), null), null, null);
		desk.send(tokyo, new NewMessage(Recipients.toOffices("NCB-BRA"), "[DEMO] Re: Alerta regional ficticia",
				"<p>Fictional demo data: Tokyo forwards this for information.</p>", Clearance.FOR_OFFICIAL_USE_ONLY,
				Priority.ROUTINE, null, null, null), null, null);
		log.info("Created the demo messages (fictional); {} is awaiting Brasília's acknowledgement", urgent.id());
	}

	/** The demo's reads and acknowledgements need the fan-out done; it takes milliseconds. */
	private void awaitDelivery() {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (messages.undelivered() > 0 && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static CurrentOfficer officer(String username, String office) {
		return new CurrentOfficer(username, username, office, office, Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED);
	}
}
