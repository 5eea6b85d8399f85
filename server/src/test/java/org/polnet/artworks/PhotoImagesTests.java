package org.polnet.artworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** What is stored of an uploaded photo: its pixels, re-encoded, never the file as given; and only so many pixels. */
class PhotoImagesTests {

	@Test
	void aPngThatIsAlsoHtmlIsStoredAsItsPixelsOnly() throws IOException {
		byte[] png = png(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB));
		byte[] polyglot = concat(png, "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));

		PhotoImages.Checked checked = PhotoImages.check(polyglot);

		assertThat(new String(checked.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
		assertThat(checked.contentType()).isEqualTo(PhotoImages.PNG);
		BufferedImage stored = ImageIO.read(new ByteArrayInputStream(checked.bytes()));
		assertThat(stored.getWidth()).isEqualTo(40);
		assertThat(stored.getHeight()).isEqualTo(30);
	}

	@Test
	void aJpegIsStoredWithoutWhatFollowsItsImage() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpeg", out);
		byte[] polyglot = concat(out.toByteArray(), "<html><script>x</script></html>".getBytes(StandardCharsets.US_ASCII));

		PhotoImages.Checked checked = PhotoImages.check(polyglot);

		assertThat(new String(checked.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("<script");
		assertThat(checked.contentType()).isEqualTo(PhotoImages.JPEG);
	}

	@Test
	void a49MegapixelPngIsRefusedBeforeItIsDecoded() throws IOException {
		byte[] huge = png(new BufferedImage(7_000, 7_000, BufferedImage.TYPE_BYTE_BINARY));

		assertThatThrownBy(() -> PhotoImages.check(huge)).isInstanceOf(PhotoImages.NotAPhoto.class)
			.hasMessageContaining("megapixels");
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
