package org.polnet.messaging;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the sending office signs (Ed25519): every field a recipient relies on, in a fixed order, each with its length,
 * the subject and body by their SHA-256. Any change made in the database to one of them (a recipient added, the
 * classification lowered, the body swapped) makes the signature invalid.
 */
final class Signatures {

	/** The signed fields of a message. */
	record Signed(UUID id, UUID thread, @Nullable UUID inReplyTo, @Nullable UUID forwardOf, String senderOffice,
			String sender, String addressedTo, List<String> recipients, String classification, String priority,
			@Nullable String referenceKind, @Nullable String referenceValue, Instant createdAt, String subject,
			String body, List<String> attachments) {

		byte[] bytes() {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
			try (DataOutputStream out = new DataOutputStream(buffer)) {
				field(out, "polnet-message-1");
				field(out, id.toString());
				field(out, thread.toString());
				field(out, inReplyTo == null ? "" : inReplyTo.toString());
				field(out, forwardOf == null ? "" : forwardOf.toString());
				field(out, senderOffice);
				field(out, sender);
				field(out, addressedTo);
				out.writeInt(recipients.size());
				for (String recipient : recipients.stream().sorted().toList()) {
					field(out, recipient);
				}
				field(out, classification);
				field(out, priority);
				field(out, referenceKind == null ? "" : referenceKind);
				field(out, referenceValue == null ? "" : referenceValue);
				field(out, createdAt.toString());
				out.write(sha256(subject));
				out.write(sha256(body));
				out.writeInt(attachments.size());
				for (String attachment : attachments) {
					field(out, attachment);
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return buffer.toByteArray();
		}
	}

	private Signatures() {
	}

	static byte[] sign(PrivateKey key, Signed signed) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(key);
			signature.update(signed.bytes());
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot sign a message", e);
		}
	}

	static boolean verify(PublicKey key, Signed signed, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(signed.bytes());
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	static byte[] sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void field(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}
}
