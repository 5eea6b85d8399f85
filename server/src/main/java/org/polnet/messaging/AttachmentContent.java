package org.polnet.messaging;

/** An attachment opened for a reader. */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {
}
