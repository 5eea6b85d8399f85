package org.polnet.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;

/**
 * An upload copied to a file of its own while it arrives: never held in memory, hashed (SHA-256) and checked to be
 * UTF-8 on the way, refused as soon as it passes the size limit. The background job reads the file, then deletes it.
 */
record SpooledUpload(Path file, String sha256, long size, byte[] head) {

	private static final int HEAD = 8_192;

	static SpooledUpload spool(InputStream in, Path directory, long maxBytes) throws IOException {
		Files.createDirectories(directory);
		Path file = Files.createTempFile(directory, "upload-", ".part");
		try (in; OutputStream out = Files.newOutputStream(file)) {
			MessageDigest sha = newDigest();
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			CharBuffer scratch = CharBuffer.allocate(65_536);
			ByteBuffer pending = ByteBuffer.allocate(65_536 + 8);
			byte[] buffer = new byte[65_536];
			byte[] head = new byte[0];
			long size = 0;
			for (int n; (n = in.read(buffer)) != -1;) {
				size += n;
				if (size > maxBytes) {
					throw new TooLargeException(
							"The file is larger than the " + maxBytes + " bytes an import accepts; split it.");
				}
				if (head.length < HEAD) {
					byte[] more = new byte[Math.min(HEAD, head.length + n)];
					System.arraycopy(head, 0, more, 0, head.length);
					System.arraycopy(buffer, 0, more, head.length, more.length - head.length);
					head = more;
				}
				sha.update(buffer, 0, n);
				out.write(buffer, 0, n);
				pending.put(buffer, 0, n).flip();
				checkUtf8(utf8, pending, scratch, false, size);
				pending.compact();
			}
			pending.flip();
			checkUtf8(utf8, pending, scratch, true, size);
			return new SpooledUpload(file, HexFormat.of().formatHex(sha.digest()), size, head);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	private static void checkUtf8(CharsetDecoder utf8, ByteBuffer bytes, CharBuffer scratch, boolean end, long size) {
		while (true) {
			scratch.clear();
			CoderResult result = utf8.decode(bytes, scratch, end);
			if (result.isError()) {
				throw new UnsupportedContentException(
						"The file is not UTF-8 text (byte " + (size - bytes.remaining() + 1) + ").");
			}
			if (result.isUnderflow()) {
				return;
			}
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	void delete() {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// a leftover spool file is harmless: the directory is cleaned at start
		}
	}
}
