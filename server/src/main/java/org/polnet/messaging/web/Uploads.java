package org.polnet.messaging.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.messaging.Attachment;
import org.polnet.messaging.AttachmentContent;
import org.polnet.refusals.TooLargeException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Attachments in and out of HTTP: uploaded parts to the domain's attachments, and an opened one to a download. */
final class Uploads {

	/** Read no further than this: the domain refuses anything above 25 MB, with its own message. */
	private static final long READ_LIMIT = 25L * 1024 * 1024 + 1;

	private Uploads() {
	}

	static List<Attachment> attachments(@Nullable List<MultipartFile> files) throws IOException {
		List<Attachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			if (file.isEmpty() && name.isBlank()) {
				continue; // a form's file field left empty
			}
			if (file.getSize() > READ_LIMIT) {
				throw new TooLargeException("The attachment " + name + " is larger than 25 MB.");
			}
			attachments.add(new Attachment(name, file.getBytes()));
		}
		return attachments;
	}

	/** Always as a download, never shown inline: an attachment is the sender's file, not a page of ours. */
	static ResponseEntity<byte[]> download(AttachmentContent content) {
		String type = content.mediaType().startsWith("application/vnd.openxml") ? MediaType.APPLICATION_OCTET_STREAM_VALUE
				: content.mediaType();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.content());
	}
}
