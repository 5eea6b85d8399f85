package org.polnet.messaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The fingerprint of a send request as its sender wrote it (before any sanitising), stored with its idempotency
 * key: a retry with the same key must carry the same request, or it is refused.
 */
final class RequestHash {

	private RequestHash() {
	}

	static byte[] of(NewMessage message) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Recipients recipients = message.recipients();
			for (Object part : new Object[] { recipients.offices().stream().map(String::strip).sorted().toList(),
					recipients.regions().stream().sorted().toList(), recipients.allMembers(),
					recipients.generalSecretariat(), message.subject(), message.body(), message.classification(),
					message.priority(), message.reference(), message.inReplyTo(), message.forwardOf(),
					message.attachments().stream().map(a -> a.fileName() + ":" + java.util.HexFormat.of().formatHex(
							Signatures.sha256(a.content()))).toList() }) {
				byte[] bytes = Objects.toString(part).getBytes(StandardCharsets.UTF_8);
				digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
				digest.update((byte) ':');
				digest.update(bytes);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
