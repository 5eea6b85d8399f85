package org.polnet.artworks;

/** A stored photo or thumbnail, as served: its content type ({@code image/jpeg} or {@code image/png}) and bytes. */
public record ArtworkPhoto(String contentType, byte[] bytes) {
}
