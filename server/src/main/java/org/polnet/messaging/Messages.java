package org.polnet.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages, their wrapped data keys, deliveries and read receipts, in the module's own tables. */
@Repository
class Messages {

	/** A message as stored: metadata in clear, subject and body sealed. */
	record Stored(UUID id, UUID thread, @Nullable UUID inReplyTo, @Nullable UUID forwardOf, String senderOffice,
			String sender, String addressedTo, Clearance classification, Priority priority,
			@Nullable Reference reference, Instant createdAt, byte[] subjectSealed, byte[] bodySealed,
			int signingVersion, byte[] signature, @Nullable String idempotencyKey, byte @Nullable [] requestHash) {
	}

	/** One recipient office's row. */
	record Delivery(String office, @Nullable Instant deliveredAt, @Nullable Instant acknowledgeBy,
			@Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy, @Nullable Instant escalatedAt) {
	}

	private static final String COLUMNS = """
			m.id, m.thread_id, m.in_reply_to, m.forward_of, m.sender_office, m.sender, m.addressed_to, m.classification,
			m.priority, m.reference_kind, m.reference_value, m.created_at, m.subject_sealed, m.body_sealed,
			m.signing_version, m.signature, m.idempotency_key, m.request_hash""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Messages(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Stores the message, its wrapped data keys and one delivery row per recipient office. False, and nothing
	 * stored, when another request with the same idempotency key stored its message first.
	 */
	boolean insert(Stored message, Collection<OfficeKeys.Wrap> wraps, Collection<String> recipients,
			@Nullable Instant acknowledgeBy, List<SealedAttachment> attachments) {
		int inserted = jdbc.sql("""
				INSERT INTO messaging_message (id, thread_id, in_reply_to, forward_of, sender_office, sender, addressed_to,
				  classification, priority, reference_kind, reference_value, created_at, subject_sealed, body_sealed,
				  signing_version, signature, idempotency_key, request_hash)
				VALUES (:id, :thread, :inReplyTo, :forwardOf, :senderOffice, :sender, :addressedTo, :classification, :priority,
				  :referenceKind, :referenceValue, :createdAt, :subject, :body, :signingVersion, :signature, :key, :hash)
				ON CONFLICT (sender_office, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
			.param("id", message.id())
			.param("thread", message.thread())
			.param("inReplyTo", message.inReplyTo())
			.param("forwardOf", message.forwardOf())
			.param("senderOffice", message.senderOffice())
			.param("sender", message.sender())
			.param("addressedTo", message.addressedTo())
			.param("classification", message.classification().name())
			.param("priority", message.priority().name())
			.param("referenceKind", message.reference() == null ? null : message.reference().kind().name())
			.param("referenceValue", message.reference() == null ? null : message.reference().value())
			.param("createdAt", timestamp(message.createdAt()))
			.param("subject", message.subjectSealed())
			.param("body", message.bodySealed())
			.param("signingVersion", message.signingVersion())
			.param("signature", message.signature())
			.param("key", message.idempotencyKey())
			.param("hash", message.requestHash())
			.update();
		if (inserted == 0) {
			return false;
		}
		template.batchUpdate("INSERT INTO messaging_key_wrap (message_id, office_code, key_version, wrapped_key) VALUES (?, ?, ?, ?)",
				wraps, 500, (statement, wrap) -> {
					statement.setObject(1, message.id());
					statement.setString(2, wrap.office());
					statement.setInt(3, wrap.version());
					statement.setBytes(4, wrap.wrapped());
				});
		OffsetDateTime created = timestamp(message.createdAt());
		OffsetDateTime deadline = acknowledgeBy == null ? null : timestamp(acknowledgeBy);
		template.batchUpdate("""
				INSERT INTO messaging_delivery (message_id, office_code, created_at, priority, acknowledge_by)
				VALUES (?, ?, ?, ?, ?)""", recipients, 500, (statement, office) -> {
			statement.setObject(1, message.id());
			statement.setString(2, office);
			statement.setObject(3, created, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
			statement.setString(4, message.priority().name());
			statement.setObject(5, deadline, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
		});
		for (SealedAttachment attachment : attachments) {
			jdbc.sql("""
					INSERT INTO messaging_attachment (id, message_id, position, file_name, media_type, size, sha256, sealed)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(attachment.id(), message.id(), attachment.position(), attachment.fileName(), attachment.mediaType(),
						attachment.size(), attachment.sha256(), attachment.sealed())
				.update();
		}
		return true;
	}

	/** An attachment as stored: sealed under the message's data key. */
	record SealedAttachment(UUID id, int position, String fileName, String mediaType, long size, byte[] sha256,
			byte[] sealed) {

		/** What the signature covers of it. */
		String signed() {
			return fileName + "|" + mediaType + "|" + java.util.HexFormat.of().formatHex(sha256);
		}

		AttachmentInfo info() {
			return new AttachmentInfo(id, fileName, mediaType, size);
		}
	}

	/** The message's attachments, in order; without their sealed content unless asked. */
	List<SealedAttachment> attachments(UUID message, boolean withContent) {
		return jdbc.sql("SELECT id, position, file_name, media_type, size, sha256, "
				+ (withContent ? "sealed" : "''::bytea AS sealed")
				+ " FROM messaging_attachment WHERE message_id = ? ORDER BY position")
			.param(message)
			.query((rs, row) -> new SealedAttachment(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getBytes(6), rs.getBytes(7)))
			.list();
	}

	Optional<Stored> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM messaging_message m WHERE m.id = ?").param(id).query(Messages::stored).optional();
	}

	Optional<Stored> byIdempotencyKey(String senderOffice, String key) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM messaging_message m WHERE m.sender_office = ? AND m.idempotency_key = ?")
			.params(senderOffice, key)
			.query(Messages::stored)
			.optional();
	}

	List<Delivery> deliveries(UUID message) {
		return jdbc.sql("""
				SELECT office_code, delivered_at, acknowledge_by, acknowledged_at, acknowledged_by, escalated_at
				FROM messaging_delivery WHERE message_id = ? ORDER BY office_code""")
			.param(message)
			.query((rs, row) -> new Delivery(rs.getString(1), instant(rs, 2), instant(rs, 3), instant(rs, 4),
					rs.getString(5), instant(rs, 6)))
			.list();
	}

	Optional<OfficeKeys.Wrap> wrapFor(UUID message, String office) {
		return jdbc.sql("SELECT key_version, wrapped_key FROM messaging_key_wrap WHERE message_id = ? AND office_code = ?")
			.params(message, office)
			.query((rs, row) -> new OfficeKeys.Wrap(office, rs.getInt(1), rs.getBytes(2)))
			.optional();
	}

	/** Who read the message, by office. */
	Map<String, List<Receipt.Read>> reads(UUID message) {
		Map<String, List<Receipt.Read>> reads = new HashMap<>();
		jdbc.sql("SELECT reader, office_code, read_at FROM messaging_read WHERE message_id = ? ORDER BY read_at")
			.param(message)
			.query((rs, row) -> Map.entry(rs.getString(2), new Receipt.Read(rs.getString(1), instant(rs, 3))))
			.list()
			.forEach(entry -> reads.computeIfAbsent(entry.getKey(), office -> new ArrayList<>()).add(entry.getValue()));
		return reads;
	}

	/** Records the officer's first reading; later readings change nothing. */
	boolean markRead(UUID message, String reader, String office, Instant at) {
		return jdbc.sql("""
				INSERT INTO messaging_read (message_id, reader, office_code, read_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(message, reader, office, timestamp(at))
			.update() == 1;
	}

	/** Delivers the message to every recipient office it has not reached yet; returns those offices. */
	List<String> markDelivered(UUID message, Instant at) {
		return jdbc.sql("""
				UPDATE messaging_delivery SET delivered_at = ? WHERE message_id = ? AND delivered_at IS NULL
				RETURNING office_code""")
			.params(timestamp(at), message)
			.query(String.class)
			.list();
	}

	/** Records the office's acknowledgement, unless it already acknowledged (then false, and nothing changes). */
	boolean acknowledge(UUID message, String office, String by, Instant at) {
		return jdbc.sql("""
				UPDATE messaging_delivery SET acknowledged_at = ?, acknowledged_by = ?
				WHERE message_id = ? AND office_code = ? AND delivered_at IS NOT NULL AND acknowledged_at IS NULL""")
			.params(timestamp(at), by, message, office)
			.update() == 1;
	}

	/** Marks every acknowledgement overdue at {@code now} as escalated, and returns them. */
	List<AwaitedAcknowledgement> escalateOverdue(Instant now) {
		return jdbc.sql("""
				UPDATE messaging_delivery d SET escalated_at = :now
				FROM messaging_message m
				WHERE m.id = d.message_id AND d.acknowledge_by IS NOT NULL AND d.acknowledged_at IS NULL
				  AND d.escalated_at IS NULL AND d.acknowledge_by <= :now
				RETURNING d.message_id, m.sender_office, d.office_code, d.priority, m.classification, d.created_at,
				  d.acknowledge_by, d.escalated_at""")
			.param("now", timestamp(now))
			.query(Messages::awaited)
			.list();
	}

	/** Acknowledgements still awaited (running or escalated), oldest deadline first: the CCC board. */
	List<AwaitedAcknowledgement> awaited(int limit) {
		return jdbc.sql("""
				SELECT d.message_id, m.sender_office, d.office_code, d.priority, m.classification, d.created_at,
				  d.acknowledge_by, d.escalated_at
				FROM messaging_delivery d JOIN messaging_message m ON m.id = d.message_id
				WHERE d.acknowledge_by IS NOT NULL AND d.acknowledged_at IS NULL
				ORDER BY d.escalated_at IS NULL, d.acknowledge_by LIMIT ?""")
			.param(limit)
			.query(Messages::awaited)
			.list();
	}

	/**
	 * The messages of an office's inbox or sent box, within the classifications the reader may read, newest first.
	 * Filters on what is stored in clear; the caller filters words in subjects and bodies after opening them.
	 */
	List<Listed> list(InboxQuery query, String office, String reader, Collection<Clearance> readable, int offset,
			int limit) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		String from;
		if (query.box() == InboxQuery.Box.SENT) {
			from = "messaging_message m";
			where.add("m.sender_office = :office");
		}
		else {
			from = "messaging_delivery d JOIN messaging_message m ON m.id = d.message_id";
			where.add("d.office_code = :office AND d.delivered_at IS NOT NULL");
		}
		params.put("office", office);
		params.put("reader", reader);
		where.add("m.classification IN (:readable)");
		params.put("readable", readable.stream().map(Enum::name).toList());
		if (query.priority() != null) {
			where.add("m.priority = :priority");
			params.put("priority", query.priority().name());
		}
		if (query.classification() != null) {
			where.add("m.classification = :classification");
			params.put("classification", query.classification().name());
		}
		if (query.senderOffice() != null && !query.senderOffice().isBlank()) {
			where.add("m.sender_office = :sender");
			params.put("sender", query.senderOffice().strip().toUpperCase(java.util.Locale.ROOT));
		}
		if (query.from() != null) {
			where.add("m.created_at >= :from");
			params.put("from", timestamp(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (query.to() != null) {
			where.add("m.created_at < :to");
			params.put("to", timestamp(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (query.unreadOnly()) {
			where.add("NOT EXISTS (SELECT 1 FROM messaging_read r WHERE r.message_id = m.id AND r.reader = :reader)");
		}
		String awaiting = query.box() == InboxQuery.Box.SENT ? "false"
				: "(d.acknowledge_by IS NOT NULL AND d.acknowledged_at IS NULL)";
		String sql = "SELECT " + COLUMNS + ", EXISTS (SELECT 1 FROM messaging_read r WHERE r.message_id = m.id AND r.reader = :reader) AS read, "
				+ awaiting + " AS awaiting FROM " + from + " WHERE " + String.join(" AND ", where)
				+ " ORDER BY m.created_at DESC, m.id LIMIT :limit OFFSET :offset";
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Listed(stored(rs, row), rs.getBoolean("read"), rs.getBoolean("awaiting")))
			.list();
	}

	/** A message of a list, with what the list shows of the reader's receipts. */
	record Listed(Stored message, boolean read, boolean awaiting) {
	}

	/** Messages delivered to the office, within the classifications, that the reader has not opened. */
	long unread(String office, String reader, Collection<Clearance> readable) {
		return jdbc.sql("""
				SELECT count(*) FROM messaging_delivery d JOIN messaging_message m ON m.id = d.message_id
				WHERE d.office_code = :office AND d.delivered_at IS NOT NULL AND m.classification IN (:readable)
				  AND NOT EXISTS (SELECT 1 FROM messaging_read r WHERE r.message_id = m.id AND r.reader = :reader)""")
			.param("office", office)
			.param("reader", reader)
			.param("readable", readable.stream().map(Enum::name).toList())
			.query(Long.class)
			.single();
	}

	/** Messages sent and not yet delivered everywhere: the fan-out's outstanding work. */
	long undelivered() {
		return jdbc.sql("SELECT count(*) FROM messaging_delivery WHERE delivered_at IS NULL").query(Long.class).single();
	}

	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM messaging_message)").query(Boolean.class).single();
	}

	private static AwaitedAcknowledgement awaited(ResultSet rs, int row) throws SQLException {
		return new AwaitedAcknowledgement(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				Priority.valueOf(rs.getString(4)), Clearance.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7),
				instant(rs, 8));
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		String referenceKind = rs.getString("reference_kind");
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("thread_id", UUID.class),
				rs.getObject("in_reply_to", UUID.class), rs.getObject("forward_of", UUID.class),
				rs.getString("sender_office"), rs.getString("sender"), rs.getString("addressed_to"),
				Clearance.valueOf(rs.getString("classification")), Priority.valueOf(rs.getString("priority")),
				referenceKind == null ? null
						: new Reference(Reference.Kind.valueOf(referenceKind), rs.getString("reference_value")),
				instant(rs, "created_at"), rs.getBytes("subject_sealed"), rs.getBytes("body_sealed"),
				rs.getInt("signing_version"), rs.getBytes("signature"), rs.getString("idempotency_key"),
				rs.getBytes("request_hash"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** With its offset, so that PostgreSQL never reads it in the session's time zone. */
	static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
