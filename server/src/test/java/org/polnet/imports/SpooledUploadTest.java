package org.polnet.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;

class SpooledUploadTest {

	@TempDir
	Path directory;

	@Test
	void anUploadIsCopiedAndHashed() throws Exception {
		byte[] content = "country,number\nFRA,Ü1\n".getBytes(StandardCharsets.UTF_8);
		SpooledUpload upload = SpooledUpload.spool(new ByteArrayInputStream(content), directory, 1_000);
		assertThat(Files.readAllBytes(upload.file())).isEqualTo(content);
		assertThat(upload.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
	}

	@Test
	void aStreamPassingTheLimitIsRefusedWithoutReadingItAllAndLeavesNoFile() throws IOException {
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				return 'a';
			}
		};
		assertThatThrownBy(() -> SpooledUpload.spool(endless, directory, 1_000_000))
			.isInstanceOf(TooLargeException.class);
		try (var files = Files.list(directory)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() throws IOException {
		byte[] latin1 = "country,number\nFRA,É1\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> SpooledUpload.spool(new ByteArrayInputStream(latin1), directory, 1_000))
			.isInstanceOf(UnsupportedContentException.class);
		try (var files = Files.list(directory)) {
			assertThat(files).isEmpty();
		}
	}
}
