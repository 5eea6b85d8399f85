package org.polnet.messaging;

import java.util.UUID;

/** What a message shows of one of its attachments; the content is fetched separately (and audited). */
public record AttachmentInfo(UUID id, String fileName, String mediaType, long size) {
}
