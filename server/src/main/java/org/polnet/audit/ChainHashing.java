package org.polnet.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The chain's arithmetic, shared by the sealer and the verifier so they can never disagree.
 * <ul>
 * <li>row hash = SHA-256(previous row hash || canonical form of the row); the first row follows 32 zero bytes;
 * <li>block hash = SHA-256(previous block hash || block number || the hashes of its rows, in order);
 * <li>a checkpoint signs the text {@code polnet-audit-checkpoint-v1\n<sequence>\n<hex hash>\n<ISO instant>}.
 * </ul>
 * The canonical form writes every field as {@code <UTF-8 byte length>:<value>} ({@code ~} for none), so no two
 * different rows share a form, whatever characters they hold.
 */
final class ChainHashing {

	static final byte[] GENESIS = new byte[32];

	private static final HexFormat HEX = HexFormat.of();

	static byte[] rowHash(byte[] previous, long sequence, AuditEntry entry) {
		MessageDigest digest = sha256();
		digest.update(previous);
		digest.update(canonical(sequence, entry));
		return digest.digest();
	}

	static byte[] canonical(long sequence, AuditEntry entry) {
		AuditRecord record = entry.record();
		StringBuilder form = new StringBuilder(256).append("polnet-audit-entry-v1");
		field(form, Long.toString(sequence));
		field(form, Long.toString(entry.id()));
		field(form, instant(entry.recordedAt()));
		field(form, record.actor());
		field(form, record.actorType().name());
		field(form, record.office());
		field(form, record.action());
		field(form, record.target());
		field(form, record.purpose());
		field(form, record.outcome().name());
		field(form, record.clientAddress());
		return form.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Starts a block's digest; feed it the block's row hashes in order, then call {@code digest()}. */
	static MessageDigest blockDigest(byte[] previousBlockHash, long number) {
		MessageDigest digest = sha256();
		digest.update(previousBlockHash);
		digest.update(ByteBuffer.allocate(Long.BYTES).putLong(number).array());
		return digest;
	}

	static byte[] checkpointMessage(long sequence, byte[] hash, Instant createdAt) {
		return ("polnet-audit-checkpoint-v1\n" + sequence + "\n" + HEX.formatHex(hash) + "\n" + instant(createdAt))
			.getBytes(StandardCharsets.UTF_8);
	}

	static String hex(byte[] bytes) {
		return HEX.formatHex(bytes);
	}

	static String instant(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static void field(StringBuilder form, @Nullable String value) {
		form.append('|');
		if (value == null) {
			form.append('~');
		}
		else {
			form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK provides SHA-256", e);
		}
	}

	private ChainHashing() {
	}
}
