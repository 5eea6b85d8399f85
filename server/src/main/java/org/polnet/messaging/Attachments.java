package org.polnet.messaging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;

/**
 * What a message may carry: files of the types police cooperation exchanges (PDF, images, office documents, plain
 * text), up to {@value #MAX_BYTES} bytes each, their type read from their content, never from their name. A file
 * whose content is not of a known type, or disagrees with its extension (an executable renamed {@code .pdf}), is
 * refused.
 */
final class Attachments {

	static final int MAX_BYTES = 25 * 1024 * 1024;

	static final int MAX_COUNT = 10;

	static final int NAME_LENGTH = 200;

	/** The types recognised by content, each with the extensions a file of that type may have. */
	private static final Map<String, List<String>> EXTENSIONS = Map.of("application/pdf", List.of("pdf"), "image/png",
			List.of("png"), "image/jpeg", List.of("jpg", "jpeg"), "image/gif", List.of("gif"),
			"application/vnd.openxmlformats-officedocument", List.of("docx", "xlsx", "pptx"), "text/plain",
			List.of("txt", "csv"));

	private Attachments() {
	}

	/**
	 * Checks an attachment and returns its media type.
	 *
	 * @throws TooLargeException           above {@value #MAX_BYTES} bytes
	 * @throws UnsupportedContentException content of no accepted type, or not matching the file's extension
	 * @throws InvalidInputException       an empty file, or a name that is empty, too long or has control characters
	 */
	static String check(Attachment attachment) {
		String name = attachment.fileName() == null ? "" : attachment.fileName().strip();
		if (name.isEmpty() || name.length() > NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)
				|| name.contains("/") || name.contains("\\")) {
			throw new InvalidInputException("An attachment's name is 1 to " + NAME_LENGTH
					+ " characters, without control characters or path separators.");
		}
		byte[] content = attachment.content();
		if (content.length > MAX_BYTES) {
			throw new TooLargeException("The attachment " + name + " is larger than 25 MB.");
		}
		if (content.length == 0) {
			throw new InvalidInputException("The attachment " + name + " is empty.");
		}
		String type = detect(content).orElseThrow(() -> new UnsupportedContentException("The attachment " + name
				+ " is not of an accepted type (PDF, PNG, JPEG, GIF, Office document, plain text)."));
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
		if (!EXTENSIONS.get(type).contains(extension)) {
			throw new UnsupportedContentException("The attachment " + name + " is not what its name says: its content is "
					+ type + ".");
		}
		return type;
	}

	/** The type the content's first bytes show; empty for executables and anything unknown. */
	static Optional<String> detect(byte[] content) {
		if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("application/pdf");
		}
		if (starts(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
			return Optional.of("image/png");
		}
		if (starts(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of("image/jpeg");
		}
		if (starts(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
				|| starts(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("image/gif");
		}
		if (starts(content, new byte[] { 'P', 'K', 3, 4 }) && contains(content, "[Content_Types].xml")) {
			return Optional.of("application/vnd.openxmlformats-officedocument");
		}
		if (plainText(content)) {
			return Optional.of("text/plain");
		}
		return Optional.empty();
	}

	/** UTF-8 text without NUL or other control characters than tab and line ends, and no script interpreter line. */
	private static boolean plainText(byte[] content) {
		if (starts(content, "#!".getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean starts(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static boolean contains(byte[] content, String text) {
		byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
		int limit = Math.min(content.length, 64 * 1024) - wanted.length;
		for (int i = 0; i <= limit; i++) {
			if (Arrays.equals(content, i, i + wanted.length, wanted, 0, wanted.length)) {
				return true;
			}
		}
		return false;
	}
}
