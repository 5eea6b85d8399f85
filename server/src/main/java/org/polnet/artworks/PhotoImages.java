package org.polnet.artworks;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded photo by its content (never by its file name), re-encodes it and makes its thumbnail: only JPEG
 * and PNG that really decode are accepted, and the pixel count is checked before decoding, so that a small file
 * claiming huge dimensions cannot exhaust the memory.
 */
final class PhotoImages {

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	/** Longest side of a thumbnail, in pixels. */
	static final int THUMBNAIL_SIDE = 240;

	/**
	 * A 6,000 × 4,000 camera photo, with room: decoded, a pixel costs 3 to 4 bytes, and a 49-megapixel PNG cost
	 * 142 MB of memory.
	 */
	static final long MAX_PIXELS = 25_000_000L;

	/** A photo that decoded, with its thumbnail (always JPEG). */
	record Checked(String contentType, byte[] bytes, byte[] thumbnail, int width, int height) {
	}

	/** Why an upload is refused; the message is safe to show. */
	static final class NotAPhoto extends RuntimeException {

		NotAPhoto(String message) {
			super(message);
		}
	}

	private PhotoImages() {
	}

	/**
	 * The photo as stored: its pixels encoded again in its own format, never the file as given, so that nothing
	 * rides along (metadata such as a camera's location, or an HTML page appended to a valid image).
	 */
	static Checked check(byte[] bytes) {
		String type = sniff(bytes);
		BufferedImage image = decode(bytes);
		byte[] stored = type.equals(PNG) ? png(image) : jpeg(opaque(image));
		return new Checked(type, stored, thumbnail(image), image.getWidth(), image.getHeight());
	}

	static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) {
				throw new IllegalStateException("No PNG writer");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** JPEG holds no transparency, and its writer refuses images with an alpha channel. */
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
				|| image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	/** The type the first bytes show: JPEG starts FF D8 FF, PNG with its 8-byte signature. */
	private static String sniff(byte[] b) {
		if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return JPEG;
		}
		if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return PNG;
		}
		throw new NotAPhoto("Only JPEG and PNG photos are accepted; this file is neither.");
	}

	private static BufferedImage decode(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new NotAPhoto("The photo cannot be read.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!format.equals("jpeg") && !format.equals("png")) {
					throw new NotAPhoto("Only JPEG and PNG photos are accepted.");
				}
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new NotAPhoto("The photo is too large in pixels (at most 25 megapixels).");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof NotAPhoto refused) {
				throw refused;
			}
			throw new NotAPhoto("The photo cannot be read: the file is damaged or not an image.");
		}
	}

	static byte[] thumbnail(BufferedImage image) {
		double scale = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(java.awt.Color.WHITE); // transparent PNG areas on white, as JPEG has no transparency
			g.fillRect(0, 0, width, height);
			g.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return jpeg(small);
	}

	static byte[] jpeg(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "jpeg", out)) {
				throw new IllegalStateException("No JPEG writer");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
