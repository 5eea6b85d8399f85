package org.polnet.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;

/** Attachments are typed by their content, not their name, and bounded in size. */
class AttachmentsTests {

	static final byte[] PDF = "%PDF-1.7\n% synthetic\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	@Test
	void aPdfIsAcceptedByItsContent() {
		assertThat(Attachments.check(new Attachment("report.PDF", PDF))).isEqualTo("application/pdf");
		assertThat(Attachments.check(new Attachment("notes.txt", "Plain text, café".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("text/plain");
	}

	@Test
	void anExecutableRenamedPdfIsRefused() {
		assertThatThrownBy(() -> Attachments.check(new Attachment("report.pdf", EXECUTABLE)))
			.isInstanceOf(UnsupportedContentException.class)
			.hasMessage("The attachment report.pdf is not of an accepted type (PDF, PNG, JPEG, GIF, Office document, plain text).");
		assertThatThrownBy(() -> Attachments.check(new Attachment("run.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(UnsupportedContentException.class);
	}

	@Test
	void aFileWhoseNameDisagreesWithItsContentIsRefused() {
		assertThatThrownBy(() -> Attachments.check(new Attachment("photo.png", PDF)))
			.isInstanceOf(UnsupportedContentException.class)
			.hasMessage("The attachment photo.png is not what its name says: its content is application/pdf.");
	}

	@Test
	void aFileAbove25MegabytesIsRefused() {
		byte[] large = new byte[26 * 1024 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> Attachments.check(new Attachment("large.pdf", large)))
			.isInstanceOf(TooLargeException.class)
			.hasMessage("The attachment large.pdf is larger than 25 MB.");
	}

	@Test
	void emptyFilesAndPathNamesAreRefused() {
		assertThatThrownBy(() -> Attachments.check(new Attachment("empty.pdf", new byte[0])))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Attachments.check(new Attachment("../etc/passwd.txt", PDF)))
			.isInstanceOf(InvalidInputException.class);
	}
}
