package org.polnet.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;

/**
 * A message as a reader of a party office sees it.
 *
 * @param body           sanitised HTML, safe to show as is; empty when the content no longer opens
 * @param signature      whether the sending office's signature holds
 * @param receipts       every recipient office's receipt for the sending office; the reader's own office's otherwise
 * @param mayAcknowledge whether the reader's office received it and has not acknowledged it yet
 */
public record MessageView(UUID id, UUID thread, @Nullable UUID inReplyTo, @Nullable UUID forwardOf,
		String senderOffice, String sender, String addressedTo, List<String> recipients, Clearance classification,
		Priority priority, @Nullable Reference reference, Instant sentAt, String subject, String body,
		SignatureStatus signature, List<Receipt> receipts, boolean mayAcknowledge, List<AttachmentInfo> attachments) {

	public MessageView {
		attachments = List.copyOf(attachments);
		recipients = List.copyOf(recipients);
		receipts = List.copyOf(receipts);
	}
}
