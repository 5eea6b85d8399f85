package org.polnet.messaging.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.members.Region;
import org.polnet.messaging.Attachment;
import org.polnet.messaging.NewMessage;
import org.polnet.messaging.Priority;
import org.polnet.messaging.Recipients;
import org.polnet.messaging.Reference;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A message to send, as the API and the compose page write it. */
@Schema(description = "A message to send from the caller's office. At least one recipient: offices, regions, all members or the GS.")
record SendRequest(
		@Schema(description = "Office codes: NCB-BRA, GS, RB-NAIROBI...", example = "[\"NCB-BRA\", \"NCB-JPN\"]") @Size(max = 300) @Nullable List<String> offices,
		@Schema(description = "Whole regions: every member's NCB in them") @Nullable List<Region> regions,
		@Schema(description = "Every member's NCB") @Nullable Boolean allMembers,
		@Schema(description = "The General Secretariat") @Nullable Boolean generalSecretariat,
		@Schema(description = "One line of plain text, up to 200 characters") @NotNull String subject,
		@Schema(description = "Rich text (HTML): formatting, paragraphs, lists, tables, links; active content is refused") @NotNull String body,
		@Schema(description = "At most the sender's clearance; a forward keeps the original's") @NotNull Clearance classification,
		@Schema(description = "URGENT and FLASH must be acknowledged by each recipient office (15 and 5 minutes by default)") @NotNull Priority priority,
		@Schema(description = "The notice, record or case the message is about") @Nullable Reference reference,
		@Schema(description = "The message this one answers: it joins its thread") @Nullable UUID inReplyTo,
		@Schema(description = "The message this one forwards: quoted below the body, its classification kept") @Nullable UUID forwardOf) {

	NewMessage message() {
		return message(List.of());
	}

	NewMessage message(List<Attachment> attachments) {
		return new NewMessage(new Recipients(offices == null ? List.of() : offices, regions == null ? List.of() : regions,
				Boolean.TRUE.equals(allMembers), Boolean.TRUE.equals(generalSecretariat)), subject, body, classification, priority, reference, inReplyTo, forwardOf,
				attachments);
	}
}
