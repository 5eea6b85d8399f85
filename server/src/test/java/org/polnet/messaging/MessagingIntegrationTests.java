package org.polnet.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.TestDataDirectory;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditLog;
import org.polnet.audit.AuditRecord;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.members.Region;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.modulith.test.Scenario;

/** Messages between offices: addressed, refused, encrypted, signed, delivered, read, acknowledged, escalated. */
@GroundModulesTest
class MessagingIntegrationTests {

	@Autowired
	MessageDesk desk;

	@Autowired
	Escalations escalations;

	@Autowired
	Fanout fanout;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	OfficeKeys keys;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactionManager;

	private final CurrentOfficer nairobi = TestMessages.officer("NCB-KEN");

	private final CurrentOfficer brasilia = TestMessages.officer("NCB-BRA");

	private final CurrentOfficer tokyo = TestMessages.officer("NCB-JPN");

	@Test
	void bothRecipientOfficesReadTheMessageWithAValidSignatureOnceDelivered(Scenario scenario) {
		NewMessage message = NewMessage.of(Recipients.toOffices("NCB-BRA", "ncb-jpn"), "Suspect travelling",
				"<p>The <b>suspect</b> boards flight XX123 tonight.</p>", Clearance.RESTRICTED, Priority.URGENT);
		AtomicReference<SentMessage> result = new AtomicReference<>();
		scenario.stimulate(() -> result.updateAndGet(unused -> desk.send(nairobi, message, null, "192.0.2.1")))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForEventOfType(MessageDelivered.class)
			.matching(delivered -> delivered.messageId().equals(result.get().id()))
			.toArriveAndVerify(delivered -> assertThat(delivered.offices()).containsExactly("NCB-BRA", "NCB-JPN"));
		SentMessage sent = result.get();
		assertThat(sent.recipients()).containsExactly("NCB-BRA", "NCB-JPN");
		for (CurrentOfficer reader : List.of(brasilia, tokyo, nairobi)) {
			MessageView view = desk.read(reader, sent.id(), null);
			assertThat(view.subject()).isEqualTo("Suspect travelling");
			assertThat(view.body()).isEqualTo("<p>The <b>suspect</b> boards flight XX123 tonight.</p>");
			assertThat(view.signature()).isEqualTo(SignatureStatus.VALID);
			assertThat(view.senderOffice()).isEqualTo("NCB-KEN");
		}
		MessageView asSender = desk.read(nairobi, sent.id(), null);
		assertThat(asSender.receipts()).extracting(Receipt::office).containsExactly("NCB-BRA", "NCB-JPN");
		assertThat(asSender.receipts()).allSatisfy(receipt -> {
			assertThat(receipt.deliveredAt()).isNotNull();
			assertThat(receipt.acknowledgeBy()).isEqualTo(sent.sentAt().plus(Duration.ofMinutes(15)));
		});
		assertThat(asSender.receipts().getFirst().reads()).extracting(Receipt.Read::reader)
			.containsExactly(brasilia.username());
		assertThat(asSender.mayAcknowledge()).isFalse();
		AuditLog audit = new AuditLog(auditEntries);
		assertThat(audit.of(nairobi.username(), "messaging.send", target -> target != null && target.startsWith("message/" + sent.id())))
			.singleElement()
			.extracting(AuditRecord::clientAddress)
			.isEqualTo("192.0.2.1");
		assertThat(audit.of(tokyo.username(), "messaging.read", ("message/" + sent.id())::equals)).hasSize(1);
		assertThat(audit.of(Fanout.ACTOR, "messaging.deliver", target -> target.startsWith("message/" + sent.id())))
			.extracting(AuditRecord::office)
			.containsExactlyInAnyOrder("NCB-BRA", "NCB-JPN");
	}

	@Test
	void theBodyAndSubjectAreStoredEncrypted() {
		SentMessage sent = desk.send(nairobi, TestMessages.routine("Plaintext-never-stored", "NCB-BRA"), null, null);
		byte[] body = jdbc.sql("SELECT body_sealed FROM messaging_message WHERE id = ?").param(sent.id()).query(byte[].class).single();
		byte[] subject = jdbc.sql("SELECT subject_sealed FROM messaging_message WHERE id = ?").param(sent.id()).query(byte[].class).single();
		assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("Synthetic");
		assertThat(new String(subject, StandardCharsets.ISO_8859_1)).doesNotContain("Plaintext");
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_key_wrap WHERE message_id = ?").param(sent.id())
			.query(Long.class).single()).as("one wrap for the sender, one for the recipient").isEqualTo(2);
	}

	@Test
	void aRegionReachesItsMembersNcbsAndAllMembersReachesEveryNcbButTheSender() {
		SentMessage africa = desk.send(nairobi, new NewMessage(Recipients.toRegion(Region.AFRICA), "Regional alert",
				"Synthetic", Clearance.RESTRICTED, Priority.ROUTINE, null, null, null), null, null);
		assertThat(africa.recipients()).contains("NCB-NGA", "NCB-ZAF").doesNotContain("NCB-KEN", "NCB-FRA", "GS");
		SentMessage everybody = desk.send(nairobi, NewMessage.of(Recipients.toAllMembers(), "To all", "Synthetic",
				Clearance.RESTRICTED, Priority.ROUTINE), null, null);
		assertThat(everybody.recipients()).hasSize(194).allMatch(office -> office.startsWith("NCB-"));
		SentMessage gs = desk.send(nairobi, NewMessage.of(Recipients.toGeneralSecretariat(), "To the GS", "Synthetic",
				Clearance.RESTRICTED, Priority.ROUTINE), null, null);
		assertThat(gs.recipients()).containsExactly("GS");
	}

	@Test
	void anUnknownRecipientOfficeIsRefusedAndNothingIsStored() {
		CurrentOfficer nairobi = TestMessages.officer("NCB-KEN");
		long before = count();
		assertThatThrownBy(() -> desk.send(nairobi, TestMessages.routine("Unknown", "NCB-BRA", "NCB-XXX"), null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
				.singleElement()
				.satisfies(problem -> {
					assertThat(problem.field()).isEqualTo("recipients.offices[1]");
					assertThat(problem.reason()).isEqualTo("There is no office NCB-XXX.");
				}));
		assertThat(count()).isEqualTo(before);
		assertThat(new AuditLog(auditEntries).of(nairobi.username(), "messaging.send")).singleElement()
			.extracting(AuditRecord::outcome)
			.isEqualTo(AuditRecord.Outcome.DENIED);
	}

	@Test
	void aClassificationAboveTheSendersClearanceIsRefused() {
		long before = count();
		NewMessage confidential = NewMessage.of(Recipients.toOffices("NCB-BRA"), "Too high", "Synthetic",
				Clearance.CONFIDENTIAL, Priority.ROUTINE);
		assertThatThrownBy(() -> desk.send(nairobi, confidential, null, null)).isInstanceOf(NotAllowedException.class)
			.hasMessage("The classification INTERPOL CONFIDENTIAL is above your clearance (INTERPOL RESTRICTED).");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aScriptInTheBodyIsRefusedAndNothingIsStored() {
		long before = count();
		assertThatThrownBy(() -> desk.send(nairobi, NewMessage.of(Recipients.toOffices("NCB-BRA"), "Script",
				"<p>Hello</p><script>alert(1)</script>", Clearance.RESTRICTED, Priority.ROUTINE), null, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.getMessage()).isEqualTo("The body holds active content, which messages may not carry: <script>."));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theSameIdempotencyKeyGivesTheSameMessageAndADifferentBodyIsAConflict() {
		NewMessage message = TestMessages.routine("Idempotent", "NCB-BRA");
		String key = UUID.randomUUID().toString();
		SentMessage first = desk.send(nairobi, message, key, null);
		SentMessage again = desk.send(nairobi, message, key, null);
		assertThat(first.replayed()).isFalse();
		assertThat(again.replayed()).isTrue();
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.sentAt()).isEqualTo(first.sentAt());
		NewMessage changed = new NewMessage(message.recipients(), message.subject(), "<p>Another body</p>",
				message.classification(), message.priority(), null, null, null);
		assertThatThrownBy(() -> desk.send(nairobi, changed, key, null)).isInstanceOf(ConflictException.class)
			.hasMessage("This Idempotency-Key was already used for a different message.");
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_message WHERE idempotency_key = ?").param(key)
			.query(Long.class).single()).isOne();
	}

	@Test
	void theGeneralSecretariatSeesOnlyTheMetadataOfMessagesBetweenNcbs() {
		SentMessage sent = desk.send(nairobi, new NewMessage(Recipients.toOffices("NCB-BRA"), "Between NCBs",
				"Synthetic", Clearance.RESTRICTED, Priority.FLASH, null, null, null), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		CurrentOfficer duty = TestMessages.dutyOfficer();
		assertThatThrownBy(() -> desk.read(duty, sent.id(), null)).isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_key_wrap WHERE message_id = ? AND office_code = 'GS'")
			.param(sent.id()).query(Long.class).single()).as("no key for the GS to open it with").isZero();
		assertThat(desk.awaitedAcknowledgements(duty, null)).anySatisfy(awaited -> {
			assertThat(awaited.messageId()).isEqualTo(sent.id());
			assertThat(awaited.recipientOffice()).isEqualTo("NCB-BRA");
			assertThat(awaited.priority()).isEqualTo(Priority.FLASH);
		});
		assertThatThrownBy(() -> desk.awaitedAcknowledgements(brasilia, null)).isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> desk.read(TestMessages.officer("NCB-FRA"), sent.id(), null))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void anOfficerBelowTheClassificationDoesNotSeeTheMessage() {
		CurrentOfficer cleared = TestMessages.officer("NCB-KEN", Clearance.CONFIDENTIAL);
		SentMessage sent = desk.send(cleared, NewMessage.of(Recipients.toOffices("NCB-BRA"), "Confidential",
				"Synthetic", Clearance.CONFIDENTIAL, Priority.ROUTINE), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		assertThatThrownBy(() -> desk.read(brasilia, sent.id(), null)).isInstanceOf(NotFoundException.class);
		assertThat(desk.inbox(brasilia, InboxQuery.received(), 0, 100, null).messages()).extracting(MessageSummary::id)
			.doesNotContain(sent.id());
		assertThat(desk.read(TestMessages.officer("NCB-BRA", Clearance.CONFIDENTIAL), sent.id(), null).subject())
			.isEqualTo("Confidential");
	}

	@Test
	void aChangeMadeInTheDatabaseMakesTheSignatureInvalid() {
		SentMessage sent = desk.send(nairobi, TestMessages.routine("Tamper", "NCB-BRA"), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		jdbc.sql("UPDATE messaging_message SET classification = 'FOR_OFFICIAL_USE_ONLY' WHERE id = ?").param(sent.id()).update();
		MessageView lowered = desk.read(brasilia, sent.id(), null);
		assertThat(lowered.subject()).isEqualTo("Tamper");
		assertThat(lowered.signature()).isEqualTo(SignatureStatus.INVALID);

		SentMessage other = desk.send(nairobi, TestMessages.routine("Swap", "NCB-BRA"), null, null);
		TestMessages.awaitDelivery(jdbc, other.id());
		jdbc.sql("UPDATE messaging_message SET body_sealed = (SELECT body_sealed FROM messaging_message WHERE id = ?) WHERE id = ?")
			.params(sent.id(), other.id()).update();
		MessageView swapped = desk.read(brasilia, other.id(), null);
		assertThat(swapped.signature()).isEqualTo(SignatureStatus.INVALID);
		assertThat(swapped.body()).isEmpty();
	}

	@Test
	void anUnacknowledgedUrgentMessageIsEscalatedAfterItsDeadlineAndAnAcknowledgedOneIsNot(Scenario scenario) {
		SentMessage sent = desk.send(nairobi, new NewMessage(Recipients.toOffices("NCB-BRA", "NCB-JPN"), "Urgent",
				"Synthetic", Clearance.RESTRICTED, Priority.URGENT, null, null, null), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		Receipt acknowledged = desk.acknowledge(tokyo, sent.id(), null);
		assertThat(acknowledged.office()).isEqualTo("NCB-JPN");
		assertThat(acknowledged.acknowledgedBy()).isEqualTo(tokyo.username());
		assertThat(desk.acknowledge(tokyo, sent.id(), null).acknowledgedAt()).isEqualTo(acknowledged.acknowledgedAt());
		assertThatThrownBy(() -> desk.acknowledge(nairobi, sent.id(), null)).isInstanceOf(ConflictException.class);

		assertThat(escalations.escalateOverdue(sent.sentAt().plus(Duration.ofMinutes(14))))
			.noneMatch(awaited -> awaited.messageId().equals(sent.id()));
		Instant late = sent.sentAt().plus(Duration.ofMinutes(15));
		scenario.stimulate(() -> escalations.escalateOverdue(late))
			.andWaitForEventOfType(MessageEscalated.class)
			.matching(escalated -> escalated.messageId().equals(sent.id()))
			.toArriveAndVerify(escalated -> {
				assertThat(escalated.recipientOffice()).isEqualTo("NCB-BRA");
				assertThat(escalated.senderOffice()).isEqualTo("NCB-KEN");
			});
		assertThat(escalations.escalateOverdue(late.plusSeconds(60)))
			.as("escalated once").noneMatch(awaited -> awaited.messageId().equals(sent.id()));
		MessageView view = desk.read(nairobi, sent.id(), null);
		assertThat(view.receipts()).filteredOn(receipt -> receipt.office().equals("NCB-BRA")).singleElement()
			.satisfies(receipt -> assertThat(receipt.escalatedAt()).isEqualTo(late));
		assertThat(view.receipts()).filteredOn(receipt -> receipt.office().equals("NCB-JPN")).singleElement()
			.satisfies(receipt -> assertThat(receipt.escalatedAt()).isNull());
		assertThat(desk.awaitedAcknowledgements(TestMessages.dutyOfficer(), null))
			.filteredOn(awaited -> awaited.messageId().equals(sent.id()))
			.singleElement()
			.satisfies(awaited -> assertThat(awaited.escalatedAt()).isEqualTo(late));
		assertThat(new AuditLog(auditEntries).of(Escalations.ACTOR, "messaging.escalate",
				target -> target.startsWith("message/" + sent.id()))).hasSize(1);
		assertThat(new AuditLog(auditEntries).of(tokyo.username(), "messaging.acknowledge",
				("message/" + sent.id())::equals)).hasSize(1);
	}

	@Test
	void aRedeliveredEventDeliversNothingTwice() {
		SentMessage sent = desk.send(nairobi, TestMessages.routine("Redelivered", "NCB-BRA"), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		Instant delivered = desk.read(nairobi, sent.id(), null).receipts().getFirst().deliveredAt();
		fanout.on(new MessageSent(sent.id(), "NCB-KEN", List.of("NCB-BRA"), Priority.ROUTINE, Clearance.RESTRICTED,
				sent.sentAt()));
		assertThat(desk.read(nairobi, sent.id(), null).receipts().getFirst().deliveredAt()).isEqualTo(delivered);
	}

	@Test
	void aReplyJoinsTheThreadAndAForwardKeepsTheOriginalsClassification() {
		CurrentOfficer cleared = TestMessages.officer("NCB-KEN", Clearance.CONFIDENTIAL);
		SentMessage original = desk.send(cleared, NewMessage.of(Recipients.toOffices("NCB-BRA"), "Original",
				"<p>Original body</p>", Clearance.CONFIDENTIAL, Priority.ROUTINE), null, null);
		TestMessages.awaitDelivery(jdbc, original.id());
		CurrentOfficer brasiliaCleared = TestMessages.officer("NCB-BRA", Clearance.CONFIDENTIAL);
		SentMessage reply = desk.send(brasiliaCleared, new NewMessage(Recipients.toOffices("NCB-KEN"), "Re: Original",
				"Received", Clearance.RESTRICTED, Priority.ROUTINE, null, original.id(), null), null, null);
		assertThat(reply.thread()).isEqualTo(original.id());
		SentMessage forward = desk.send(brasiliaCleared, new NewMessage(Recipients.toOffices("NCB-JPN"), "Fwd: Original",
				"<p>For your information</p>", Clearance.FOR_OFFICIAL_USE_ONLY, Priority.ROUTINE, null, null,
				original.id()), null, null);
		TestMessages.awaitDelivery(jdbc, forward.id());
		MessageView forwarded = desk.read(TestMessages.officer("NCB-JPN", Clearance.CONFIDENTIAL), forward.id(), null);
		assertThat(forwarded.classification()).isEqualTo(Clearance.CONFIDENTIAL);
		assertThat(forwarded.body()).contains("For your information").contains("<blockquote><p>Original body</p></blockquote>");
		assertThat(forwarded.signature()).isEqualTo(SignatureStatus.VALID);
		assertThatThrownBy(() -> desk.send(tokyo, new NewMessage(Recipients.toOffices("NCB-KEN"), "Re:", "x",
				Clearance.RESTRICTED, Priority.ROUTINE, null, original.id(), null), null, null))
			.as("a reply to a message one may not read").isInstanceOf(NotFoundException.class);
	}

	@Test
	void theInboxListsFiltersSearchesAndCountsUnread() {
		CurrentOfficer jordan = TestMessages.officer("NCB-JOR");
		String word = "Zebra" + UUID.randomUUID().toString().substring(0, 6);
		SentMessage first = desk.send(nairobi, NewMessage.of(Recipients.toOffices("NCB-JOR"), "Routine " + word,
				"<p>About the café</p>", Clearance.RESTRICTED, Priority.ROUTINE), null, null);
		SentMessage second = desk.send(brasilia, NewMessage.of(Recipients.toOffices("NCB-JOR"), "Flash",
				"<p>Nothing</p>", Clearance.RESTRICTED, Priority.FLASH), null, null);
		TestMessages.awaitDelivery(jdbc, first.id());
		TestMessages.awaitDelivery(jdbc, second.id());
		long unread = desk.unread(jordan);
		assertThat(unread).isGreaterThanOrEqualTo(2);
		desk.read(jordan, first.id(), null);
		assertThat(desk.unread(jordan)).isEqualTo(unread - 1);
		InboxPage flash = desk.inbox(jordan, new InboxQuery(InboxQuery.Box.RECEIVED, Priority.FLASH, null, null, null,
				null, false, null), 0, 50, null);
		assertThat(flash.messages()).extracting(MessageSummary::id).contains(second.id()).doesNotContain(first.id());
		assertThat(flash.messages()).filteredOn(summary -> summary.id().equals(second.id())).singleElement()
			.satisfies(summary -> assertThat(summary.awaitingAcknowledgement()).isTrue());
		InboxPage search = desk.inbox(jordan, new InboxQuery(InboxQuery.Box.RECEIVED, null, null, null, null, null,
				false, word.toLowerCase() + " cafe"), 0, 50, null);
		assertThat(search.messages()).extracting(MessageSummary::id).containsExactly(first.id());
		InboxPage fromNairobi = desk.inbox(jordan, new InboxQuery(InboxQuery.Box.RECEIVED, null, null, "ncb-ken", null,
				null, false, null), 0, 50, null);
		assertThat(fromNairobi.messages()).extracting(MessageSummary::senderOffice).containsOnly("NCB-KEN");
		InboxPage sent = desk.inbox(nairobi, new InboxQuery(InboxQuery.Box.SENT, null, null, null, null, null, false,
				null), 0, 50, null);
		assertThat(sent.messages()).extracting(MessageSummary::id).contains(first.id());
	}

	@Test
	void rotatingAnOfficeKeyReWrapsTheDataKeysAndMessagesStillOpen() {
		SentMessage sent = desk.send(nairobi, TestMessages.routine("Before rotation", "NCB-BRA"), null, null);
		TestMessages.awaitDelivery(jdbc, sent.id());
		byte[] body = sealedBody(sent.id());
		assertThat(keys.rotate("NCB-BRA")).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM messaging_key_wrap w WHERE office_code = 'NCB-BRA' AND key_version <> "
				+ "(SELECT max(version) FROM messaging_office_key k WHERE k.office_code = 'NCB-BRA')")
			.query(Long.class).single()).as("every data key re-wrapped under the new version").isZero();
		assertThat(sealedBody(sent.id())).as("the body is not re-encrypted").isEqualTo(body);
		MessageView view = desk.read(brasilia, sent.id(), null);
		assertThat(view.subject()).isEqualTo("Before rotation");
		assertThat(view.signature()).isEqualTo(SignatureStatus.VALID);
	}

	@Test
	void aNewMasterKeyReWrapsTheOfficeKeysAtStart() throws Exception {
		desk.send(nairobi, TestMessages.routine("Master rotation", "NCB-BRA"), null, null);
		byte[] old = Files.readAllBytes(TestDataDirectory.of(context).resolve("keys").resolve(MasterKey.GENERATED_FILE));
		byte[] fresh = Sealing.newKey();
		long stored = jdbc.sql("SELECT count(*) FROM messaging_office_key").query(Long.class).single()
				+ jdbc.sql("SELECT count(*) FROM messaging_signing_key").query(Long.class).single();
		try {
			OfficeKeys rotated = new OfficeKeys(jdbc, new MasterKey(fresh, List.of(old)), transactionManager, Clock.systemUTC());
			assertThat(jdbc.sql("SELECT DISTINCT master_key_id FROM messaging_office_key").query(String.class).list())
				.containsExactly(MasterKey.idOf(fresh));
			UUID id = UUID.randomUUID();
			byte[] dataKey = Sealing.newKey();
			OfficeKeys.Wrap wrap = rotated.wrap(dataKey, id, "NCB-BRA");
			assertThat(rotated.unwrap(id, "NCB-BRA", wrap.version(), wrap.wrapped())).isEqualTo(dataKey);
			assertThatThrownBy(() -> new OfficeKeys(jdbc, new MasterKey(Sealing.newKey(), List.of()), transactionManager,
					Clock.systemUTC()))
				.as("an office key wrapped by a master key no longer configured stops the start")
				.hasMessageContaining("is not configured");
		}
		finally {
			// back to the context's own master key, for the other tests
			assertThat(new OfficeKeys(jdbc, new MasterKey(old, List.of(fresh)), transactionManager, Clock.systemUTC())
				.rewrapOfficeKeys()).isZero();
		}
		assertThat(jdbc.sql("SELECT DISTINCT master_key_id FROM messaging_office_key").query(String.class).list())
			.containsExactly(MasterKey.idOf(old));
		assertThat(stored).isPositive();
	}

	private byte[] sealedBody(UUID id) {
		return jdbc.sql("SELECT body_sealed FROM messaging_message WHERE id = ?").param(id).query(byte[].class).single();
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM messaging_message").query(Long.class).single();
	}
}
