package org.polnet.messaging;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.members.Members;
import org.polnet.members.Office;
import org.polnet.members.Offices;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.InvalidInputException.Problem;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.RefusedException;
import org.polnet.searchtext.SearchText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where messages are sent, read and acknowledged. Who reads a message: the officers of the sending office and of
 * each recipient office it was delivered to, within their clearance; for anybody else (the General Secretariat
 * included, unless it is a party) the message does not exist. Every send, read, acknowledgement and refusal is
 * audited; a send is answered only once the message is committed.
 */
@Service
public class MessageDesk {

	/** The purpose recorded for every messaging action. */
	public static final String PURPOSE = "secure messaging";

	static final int SUBJECT_LENGTH = 200;

	static final int IDEMPOTENCY_KEY_LENGTH = 200;

	static final int REFERENCE_LENGTH = 100;

	/** How many messages a search in subjects and bodies opens at most, newest first. */
	static final int SEARCH_SCAN_LIMIT = 5_000;

	private final Messages messages;

	private final OfficeKeys keys;

	private final Offices offices;

	private final Members members;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MessagingProperties properties;

	MessageDesk(Messages messages, OfficeKeys keys, Offices offices, Members members, AuditTrail audit,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
			MessagingProperties properties) {
		this.messages = messages;
		this.keys = keys;
		this.offices = offices;
		this.members = members;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Sends a message from the sender's office, and returns once it is durably committed. With an idempotency key,
	 * a retry of the same request returns the message the first one created (marked {@code replayed}).
	 *
	 * @throws InvalidInputException an unknown recipient office, no recipient, an empty or too long subject or body,
	 *                               active content in the body
	 * @throws NotAllowedException   a classification above the sender's clearance
	 * @throws NotFoundException     a reply to, or forward of, a message the sender may not read
	 * @throws ConflictException     the idempotency key was used for a different message
	 */
	public SentMessage send(CurrentOfficer sender, NewMessage message, @Nullable String idempotencyKey,
			@Nullable String clientAddress) {
		return audited(sender, "messaging.send", null, clientAddress, () -> {
			String key = idempotencyKey(idempotencyKey);
			byte[] hash = key == null ? null : RequestHash.of(message);
			if (key != null) {
				Optional<SentMessage> replay = replay(sender, key, hash);
				if (replay.isPresent()) {
					return replay.get();
				}
			}
			Outgoing outgoing = prepare(sender, message, key, hash);
			SentMessage sent = transactions.execute(status -> store(sender, outgoing, clientAddress));
			if (sent != null) {
				return sent;
			}
			// a concurrent request with the same key committed first: answer as its retry
			return replay(sender, key, hash).orElseThrow();
		});
	}

	/**
	 * The message, opened for the reader, with its signature checked and its receipts; records the reader's read
	 * receipt (recipient offices' officers) and audits the read.
	 *
	 * @throws NotFoundException when the reader may not read it (audited as denied)
	 */
	public MessageView read(CurrentOfficer reader, UUID id, @Nullable String clientAddress) {
		return audited(reader, "messaging.read", "message/" + id, clientAddress, () -> transactions.execute(status -> {
			Messages.Stored stored = readable(reader, id);
			List<Messages.Delivery> deliveries = messages.deliveries(id);
			boolean recipient = deliveries.stream().anyMatch(delivery -> delivery.office().equals(reader.officeCode()));
			if (recipient) {
				messages.markRead(id, reader.username(), reader.officeCode(), now());
			}
			audit.record(AuditRecord.of(reader, "messaging.read", "message/" + id, PURPOSE, Outcome.SUCCESS,
					clientAddress));
			return view(reader, stored, messages.deliveries(id));
		}));
	}

	/**
	 * The reader's office acknowledges the message. Acknowledging again changes nothing.
	 *
	 * @throws NotFoundException when the reader may not read it
	 * @throws ConflictException when the reader's office is not a recipient (the sender acknowledges nothing)
	 */
	public Receipt acknowledge(CurrentOfficer officer, UUID id, @Nullable String clientAddress) {
		return audited(officer, "messaging.acknowledge", "message/" + id, clientAddress,
				() -> transactions.execute(status -> {
					Messages.Stored stored = readable(officer, id);
					String office = officer.officeCode();
					if (messages.deliveries(id).stream().noneMatch(delivery -> delivery.office().equals(office))) {
						throw new ConflictException("Only a recipient office acknowledges a message.");
					}
					Instant at = now();
					if (messages.acknowledge(id, office, officer.username(), at)) {
						audit.record(AuditRecord.of(officer, "messaging.acknowledge", "message/" + id, PURPOSE,
								Outcome.SUCCESS, clientAddress));
						events.publishEvent(new MessageAcknowledged(id, stored.senderOffice(), office,
								officer.username(), at));
					}
					return receipts(stored, messages.deliveries(id), office).getFirst();
				}));
	}

	/**
	 * An attachment of a message the reader may read, opened; audited. Its content is checked against the signed
	 * SHA-256: a changed file does not open.
	 *
	 * @throws NotFoundException when the reader may not read the message, or it has no such attachment
	 */
	public AttachmentContent attachment(CurrentOfficer reader, UUID id, UUID attachmentId,
			@Nullable String clientAddress) {
		String target = "message/" + id + "/attachment/" + attachmentId;
		return audited(reader, "messaging.attachment", target, clientAddress, () -> {
			Messages.Stored stored = readable(reader, id);
			Messages.SealedAttachment attachment = messages.attachments(id, true)
				.stream()
				.filter(candidate -> candidate.id().equals(attachmentId))
				.findFirst()
				.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + "."));
			byte[] dataKey = dataKey(stored, reader.officeCode())
				.orElseThrow(() -> new NotFoundException("No attachment " + attachmentId + "."));
			byte[] content;
			try {
				content = Sealing.open(dataKey, attachment.sealed(), "attachment:" + id + ":" + attachmentId);
			}
			catch (Sealing.Broken broken) {
				throw new ConflictException("The attachment was changed after it was sent and does not open.");
			}
			if (!Arrays.equals(Signatures.sha256(content), attachment.sha256())) {
				throw new ConflictException("The attachment was changed after it was sent.");
			}
			audit.record(AuditRecord.of(reader, "messaging.attachment", target, PURPOSE, Outcome.SUCCESS, clientAddress));
			return new AttachmentContent(attachment.fileName(), attachment.mediaType(), content);
		});
	}

	/** A page of the reader's office's received or sent messages, within the reader's clearance; audited. */
	public InboxPage inbox(CurrentOfficer reader, InboxQuery query, int page, int size, @Nullable String clientAddress) {
		int pageNumber = Math.max(page, 0);
		int pageSize = Math.clamp(size, 1, 100);
		audit.record(AuditRecord.of(reader, "messaging.list", query.describe(), PURPOSE, Outcome.SUCCESS,
				clientAddress));
		List<Clearance> readable = readable(reader.clearance());
		String words = query.text() == null ? "" : SearchText.words(query.text());
		List<MessageSummary> found = new ArrayList<>();
		int wanted = pageNumber * pageSize + pageSize + 1;
		int offset = words.isEmpty() ? pageNumber * pageSize : 0;
		int chunk = words.isEmpty() ? pageSize + 1 : 200;
		while (found.size() < (words.isEmpty() ? pageSize + 1 : wanted) && offset < SEARCH_SCAN_LIMIT) {
			List<Messages.Listed> listed = messages.list(query, reader.officeCode(), reader.username(), readable, offset,
					chunk);
			for (Messages.Listed line : listed) {
				Content content = open(line.message(), reader.officeCode());
				if (words.isEmpty() || content != null && contains(content, words)) {
					found.add(summary(line, content));
				}
			}
			if (listed.size() < chunk) {
				break;
			}
			offset += chunk;
		}
		List<MessageSummary> pageOf = words.isEmpty() ? found
				: found.subList(Math.min(pageNumber * pageSize, found.size()), found.size());
		boolean hasNext = pageOf.size() > pageSize;
		return new InboxPage(hasNext ? pageOf.subList(0, pageSize) : pageOf, pageNumber, pageSize, hasNext);
	}

	/** How many messages delivered to the reader's office, within the reader's clearance, the reader has not opened. */
	public long unread(CurrentOfficer reader) {
		return messages.unread(reader.officeCode(), reader.username(), readable(reader.clearance()));
	}

	/**
	 * The Command and Coordination Centre's view: urgent and flash messages still awaiting an acknowledgement,
	 * escalated ones first, as metadata only (no subject, no body). General Secretariat officers only.
	 *
	 * @throws NotAllowedException for anybody else (audited as denied)
	 */
	public List<AwaitedAcknowledgement> awaitedAcknowledgements(CurrentOfficer reader, @Nullable String clientAddress) {
		if (!isDutyOfficer(reader)) {
			audit.record(AuditRecord.of(reader, "messaging.ccc", null, PURPOSE, Outcome.DENIED, clientAddress));
			throw new NotAllowedException("Only General Secretariat officers see the acknowledgements awaited.");
		}
		audit.record(AuditRecord.of(reader, "messaging.ccc", null, PURPOSE, Outcome.SUCCESS, clientAddress));
		return messages.awaited(500);
	}

	/** General Secretariat officers, who keep the Command and Coordination Centre's watch. */
	public static boolean isDutyOfficer(CurrentOfficer officer) {
		return !officer.isSystem() && "GS".equals(officer.officeCode()) && officer.has(Role.GS_OFFICER);
	}

	/** The offices a recipient list names, sender excluded, sorted; refuses an unknown office. */
	List<String> resolve(Recipients recipients, String senderOffice) {
		TreeSet<String> resolved = new TreeSet<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < recipients.offices().size(); i++) {
			String code = recipients.offices().get(i);
			Optional<Office> office = code == null ? Optional.empty() : offices.office(code);
			if (office.isEmpty()) {
				problems.add(new Problem("recipients.offices[" + i + "]", "There is no office " + code + "."));
			}
			else {
				resolved.add(office.get().code());
			}
		}
		if (!problems.isEmpty()) {
			throw InvalidInputException.of(problems);
		}
		members.all()
			.stream()
			.filter(member -> recipients.allMembers() || recipients.regions().contains(member.region()))
			.map(member -> Office.ncbCode(member.iso3()))
			.filter(code -> offices.office(code).isPresent())
			.forEach(resolved::add);
		if (recipients.generalSecretariat()) {
			resolved.add("GS");
		}
		resolved.remove(senderOffice);
		if (resolved.isEmpty()) {
			throw InvalidInputException.of(List.of(new Problem("recipients", "The message has no recipient office.")));
		}
		return List.copyOf(resolved);
	}

	private record Outgoing(NewMessage message, String subject, String body, Clearance classification, UUID thread,
			List<String> recipients, @Nullable String key, byte @Nullable [] hash, List<String> attachmentTypes) {
	}

	private record Content(String subject, String body) {
	}

	private Outgoing prepare(CurrentOfficer sender, NewMessage message, @Nullable String key, byte @Nullable [] hash) {
		String subject = subject(message.subject());
		String body = Bodies.sanitize(message.body());
		if (message.attachments().size() > Attachments.MAX_COUNT) {
			throw new InvalidInputException("A message carries at most " + Attachments.MAX_COUNT + " attachments.");
		}
		List<String> types = message.attachments().stream().map(Attachments::check).toList();
		Clearance classification = message.classification();
		UUID thread = null;
		if (message.inReplyTo() != null) {
			thread = readable(sender, message.inReplyTo()).thread();
		}
		if (message.forwardOf() != null) {
			Messages.Stored original = readable(sender, message.forwardOf());
			Content content = open(original, sender.officeCode());
			if (content == null) {
				throw new ConflictException("The message to forward no longer opens: it was changed after it was sent.");
			}
			classification = original.classification(); // a forward keeps the original's classification
			body = body + "<hr /><blockquote>" + content.body() + "</blockquote>";
			if (body.length() > Bodies.MAX_LENGTH) {
				throw InvalidInputException.of(List.of(new Problem("body", "The forward is too long.")));
			}
		}
		if (!sender.clearance().covers(classification)) {
			throw new NotAllowedException("The classification " + classification.marking()
					+ " is above your clearance (" + sender.clearance().marking() + ").");
		}
		reference(message.reference());
		List<String> recipients = resolve(message.recipients(), sender.officeCode());
		return new Outgoing(message, subject, body, classification, thread == null ? UUID.randomUUID() : thread,
				recipients, key, hash, types);
	}

	private @Nullable SentMessage store(CurrentOfficer sender, Outgoing outgoing, @Nullable String clientAddress) {
		NewMessage message = outgoing.message();
		UUID id = UUID.randomUUID();
		UUID thread = message.inReplyTo() == null && message.forwardOf() == null ? id : outgoing.thread();
		Instant createdAt = now();
		byte[] dataKey = Sealing.newKey();
		List<OfficeKeys.Wrap> wraps = new ArrayList<>();
		wraps.add(keys.wrap(dataKey, id, sender.officeCode()));
		outgoing.recipients().forEach(office -> wraps.add(keys.wrap(dataKey, id, office)));
		String addressedTo = message.recipients().label();
		OfficeKeys.Signer signer = keys.signer(sender.officeCode());
		List<Messages.SealedAttachment> attachments = new ArrayList<>();
		for (int i = 0; i < message.attachments().size(); i++) {
			Attachment attachment = message.attachments().get(i);
			UUID attachmentId = UUID.randomUUID();
			attachments.add(new Messages.SealedAttachment(attachmentId, i, attachment.fileName().strip(),
					outgoing.attachmentTypes().get(i), attachment.content().length,
					Signatures.sha256(attachment.content()),
					Sealing.seal(dataKey, attachment.content(), "attachment:" + id + ":" + attachmentId)));
		}
		Signatures.Signed signed = new Signatures.Signed(id, thread, message.inReplyTo(), message.forwardOf(),
				sender.officeCode(), sender.username(), addressedTo, outgoing.recipients(), outgoing.classification().name(),
				message.priority().name(), message.reference() == null ? null : message.reference().kind().name(),
				message.reference() == null ? null : message.reference().value(), createdAt, outgoing.subject(),
				outgoing.body(), attachments.stream().map(Messages.SealedAttachment::signed).toList());
		Messages.Stored stored = new Messages.Stored(id, thread, message.inReplyTo(), message.forwardOf(),
				sender.officeCode(), sender.username(), addressedTo, outgoing.classification(), message.priority(),
				message.reference(), createdAt,
				Sealing.seal(dataKey, outgoing.subject().getBytes(StandardCharsets.UTF_8), "subject:" + id),
				Sealing.seal(dataKey, outgoing.body().getBytes(StandardCharsets.UTF_8), "body:" + id), signer.version(),
				Signatures.sign(signer.key(), signed), outgoing.key(), outgoing.hash());
		Duration within = properties.acknowledgeWithin().of(message.priority());
		if (!messages.insert(stored, wraps, outgoing.recipients(), within == null ? null : createdAt.plus(within),
				attachments)) {
			return null;
		}
		audit.record(AuditRecord.of(sender, "messaging.send", "message/" + id + " to " + addressedTo, PURPOSE,
				Outcome.SUCCESS, clientAddress));
		events.publishEvent(new MessageSent(id, sender.officeCode(), outgoing.recipients(), message.priority(),
				outgoing.classification(), createdAt));
		return new SentMessage(id, thread, createdAt, outgoing.recipients(), false);
	}

	private Optional<SentMessage> replay(CurrentOfficer sender, @Nullable String key, byte @Nullable [] hash) {
		if (key == null) {
			return Optional.empty();
		}
		return messages.byIdempotencyKey(sender.officeCode(), key).map(earlier -> {
			if (!Arrays.equals(earlier.requestHash(), hash)) {
				throw new ConflictException("This Idempotency-Key was already used for a different message.");
			}
			List<String> recipients = messages.deliveries(earlier.id()).stream().map(Messages.Delivery::office).toList();
			return new SentMessage(earlier.id(), earlier.thread(), earlier.createdAt(), recipients, true);
		});
	}

	/** The message, if the reader's office is a party to it and the reader's clearance covers it. */
	private Messages.Stored readable(CurrentOfficer reader, UUID id) {
		return messages.byId(id)
			.filter(stored -> reader.clearance().covers(stored.classification()))
			.filter(stored -> stored.senderOffice().equals(reader.officeCode()) || messages.deliveries(id)
				.stream()
				.anyMatch(delivery -> delivery.office().equals(reader.officeCode()) && delivery.deliveredAt() != null))
			.orElseThrow(() -> new NotFoundException("No message " + id + "."));
	}

	private MessageView view(CurrentOfficer reader, Messages.Stored stored, List<Messages.Delivery> deliveries) {
		Content content = open(stored, reader.officeCode());
		List<String> recipients = deliveries.stream().map(Messages.Delivery::office).toList();
		List<Messages.SealedAttachment> attachments = messages.attachments(stored.id(), false);
		SignatureStatus signature = content != null && verified(stored, recipients, content, attachments)
				? SignatureStatus.VALID : SignatureStatus.INVALID;
		List<Receipt> receipts = receipts(stored, deliveries,
				stored.senderOffice().equals(reader.officeCode()) ? null : reader.officeCode());
		boolean mayAcknowledge = !stored.senderOffice().equals(reader.officeCode()) && receipts.stream()
			.anyMatch(receipt -> receipt.office().equals(reader.officeCode()) && receipt.acknowledgedAt() == null);
		return new MessageView(stored.id(), stored.thread(), stored.inReplyTo(), stored.forwardOf(),
				stored.senderOffice(), stored.sender(), stored.addressedTo(), recipients, stored.classification(),
				stored.priority(), stored.reference(), stored.createdAt(), content == null ? "" : content.subject(),
				content == null ? "" : content.body(), signature, receipts, mayAcknowledge,
				attachments.stream().map(Messages.SealedAttachment::info).toList());
	}

	private boolean verified(Messages.Stored stored, List<String> recipients, Content content,
			List<Messages.SealedAttachment> attachments) {
		Optional<PublicKey> key = keys.publicKey(stored.senderOffice(), stored.signingVersion());
		Signatures.Signed signed = new Signatures.Signed(stored.id(), stored.thread(), stored.inReplyTo(),
				stored.forwardOf(), stored.senderOffice(), stored.sender(), stored.addressedTo(), recipients,
				stored.classification().name(), stored.priority().name(),
				stored.reference() == null ? null : stored.reference().kind().name(),
				stored.reference() == null ? null : stored.reference().value(), stored.createdAt(), content.subject(),
				content.body(), attachments.stream().map(Messages.SealedAttachment::signed).toList());
		return key.isPresent() && Signatures.verify(key.get(), signed, stored.signature());
	}

	/** Every office's receipt, or only {@code office}'s when given. */
	private List<Receipt> receipts(Messages.Stored stored, List<Messages.Delivery> deliveries, @Nullable String office) {
		Map<String, List<Receipt.Read>> reads = messages.reads(stored.id());
		return deliveries.stream()
			.filter(delivery -> office == null || delivery.office().equals(office))
			.map(delivery -> new Receipt(delivery.office(), delivery.deliveredAt(), delivery.acknowledgeBy(),
					delivery.acknowledgedAt(), delivery.acknowledgedBy(), delivery.escalatedAt(),
					reads.getOrDefault(delivery.office(), List.of())))
			.toList();
	}

	/** The message's data key, unwrapped with the office's wrap; empty when it has none or it does not open. */
	private Optional<byte[]> dataKey(Messages.Stored stored, String office) {
		try {
			return messages.wrapFor(stored.id(), office)
				.map(wrap -> keys.unwrap(stored.id(), office, wrap.version(), wrap.wrapped()));
		}
		catch (Sealing.Broken broken) {
			return Optional.empty();
		}
	}

	/** The subject and body, opened with the office's wrap of the data key; null when they do not open. */
	private @Nullable Content open(Messages.Stored stored, String office) {
		Optional<byte[]> key = dataKey(stored, office);
		if (key.isEmpty()) {
			return null;
		}
		try {
			byte[] dataKey = key.get();
			return new Content(
					new String(Sealing.open(dataKey, stored.subjectSealed(), "subject:" + stored.id()), StandardCharsets.UTF_8),
					new String(Sealing.open(dataKey, stored.bodySealed(), "body:" + stored.id()), StandardCharsets.UTF_8));
		}
		catch (Sealing.Broken broken) {
			return null;
		}
	}

	private MessageSummary summary(Messages.Listed line, @Nullable Content content) {
		Messages.Stored stored = line.message();
		return new MessageSummary(stored.id(), stored.thread(), stored.senderOffice(), stored.sender(),
				stored.addressedTo(), stored.classification(), stored.priority(), stored.createdAt(),
				content == null ? "" : content.subject(), line.read(), line.awaiting());
	}

	private static boolean contains(Content content, String words) {
		String text = SearchText.words(content.subject() + " " + content.body().replaceAll("<[^>]*>", " "));
		return Arrays.stream(words.split(" ")).allMatch(text::contains);
	}

	private <T> T audited(CurrentOfficer actor, String action, @Nullable String target, @Nullable String clientAddress,
			Supplier<T> work) {
		try {
			return work.get();
		}
		catch (RefusedException refused) {
			audit.record(AuditRecord.of(actor, action, target, PURPOSE, Outcome.DENIED, clientAddress));
			throw refused;
		}
	}

	private Instant now() {
		// PostgreSQL keeps microseconds: the signed time must be the stored one
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static List<Clearance> readable(Clearance clearance) {
		return Arrays.stream(Clearance.values()).filter(clearance::covers).toList();
	}

	private static String subject(@Nullable String subject) {
		String stripped = subject == null ? "" : subject.strip();
		if (stripped.isEmpty()) {
			throw InvalidInputException.of(List.of(new Problem("subject", "The subject is empty.")));
		}
		if (stripped.length() > SUBJECT_LENGTH) {
			throw InvalidInputException.of(List.of(new Problem("subject",
					"The subject is longer than " + SUBJECT_LENGTH + " characters.")));
		}
		if (stripped.chars().anyMatch(Character::isISOControl)) {
			throw InvalidInputException.of(List.of(new Problem("subject", "The subject holds control characters.")));
		}
		return stripped;
	}

	private static void reference(@Nullable Reference reference) {
		if (reference != null && (reference.value() == null || reference.value().isBlank()
				|| reference.value().length() > REFERENCE_LENGTH || reference.value().chars().anyMatch(Character::isISOControl))) {
			throw InvalidInputException.of(List.of(new Problem("reference.value",
					"A reference is 1 to " + REFERENCE_LENGTH + " characters, without control characters.")));
		}
	}

	private static @Nullable String idempotencyKey(@Nullable String key) {
		if (key == null) {
			return null;
		}
		if (key.isBlank() || key.length() > IDEMPOTENCY_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
			throw InvalidInputException.of(List.of(new Problem("Idempotency-Key",
					"An Idempotency-Key is 1 to " + IDEMPOTENCY_KEY_LENGTH + " printable ASCII characters.")));
		}
		return key;
	}
}
