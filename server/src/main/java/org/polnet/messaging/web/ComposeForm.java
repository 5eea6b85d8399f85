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

/** The compose page's form; empty fields are null. */
record ComposeForm(@Nullable List<String> offices, @Nullable List<Region> regions, @Nullable Boolean allMembers,
		@Nullable Boolean generalSecretariat, @Nullable String subject, @Nullable String body,
		@Nullable Clearance classification, @Nullable Priority priority, Reference.@Nullable Kind referenceKind,
		@Nullable String referenceValue, @Nullable UUID inReplyTo, @Nullable UUID forwardOf) {

	static ComposeForm empty() {
		return new ComposeForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	NewMessage message(List<Attachment> attachments) {
		return new NewMessage(new Recipients(offices == null ? List.of() : offices, regions == null ? List.of() : regions,
				Boolean.TRUE.equals(allMembers), Boolean.TRUE.equals(generalSecretariat)),
				subject == null ? "" : subject, body == null ? "" : body,
				classification == null ? Clearance.FOR_OFFICIAL_USE_ONLY : classification,
				priority == null ? Priority.ROUTINE : priority,
				referenceKind == null || referenceValue == null || referenceValue.isBlank() ? null
						: new Reference(referenceKind, referenceValue.strip()),
				inReplyTo, forwardOf, attachments);
	}

	public boolean chose(String office) {
		return offices != null && offices.contains(office);
	}

	public boolean chose(Region region) {
		return regions != null && regions.contains(region);
	}
}
