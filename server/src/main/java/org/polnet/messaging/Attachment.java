package org.polnet.messaging;

/**
 * A file sent with a message, as its sender uploads it.
 *
 * @param fileName the name it had on the sender's side; its extension must agree with its content
 * @param content  at most {@value Attachments#MAX_BYTES} bytes
 */
public record Attachment(String fileName, byte[] content) {
}
