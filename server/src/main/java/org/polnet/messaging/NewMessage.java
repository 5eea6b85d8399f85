package org.polnet.messaging;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;

/**
 * A message as its sender writes it.
 *
 * @param recipients     whom it goes to
 * @param subject        one line, plain text
 * @param body           rich text (HTML); sanitised, and refused when it holds active content
 * @param classification how classified it is: at most the sender's clearance; a forward keeps the original's
 * @param priority       routine, urgent or flash
 * @param reference      the notice, record or case it is about, if any
 * @param inReplyTo      the message it answers, if any: the reply joins its thread
 * @param forwardOf      the message it forwards, if any: the original's body is quoted below this one
 * @param attachments    files sent with it (up to 10, 25 MB each), encrypted like the body
 */
public record NewMessage(Recipients recipients, String subject, String body, Clearance classification,
		Priority priority, @Nullable Reference reference, @Nullable UUID inReplyTo, @Nullable UUID forwardOf,
		List<Attachment> attachments) {

	public NewMessage {
		attachments = List.copyOf(attachments);
	}

	/** A message without attachments. */
	public NewMessage(Recipients recipients, String subject, String body, Clearance classification, Priority priority,
			@Nullable Reference reference, @Nullable UUID inReplyTo, @Nullable UUID forwardOf) {
		this(recipients, subject, body, classification, priority, reference, inReplyTo, forwardOf, List.of());
	}

	/** A new message, in no thread yet, referring to nothing. */
	public static NewMessage of(Recipients recipients, String subject, String body, Clearance classification,
			Priority priority) {
		return new NewMessage(recipients, subject, body, classification, priority, null, null, null);
	}
}
