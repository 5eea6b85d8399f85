package org.polnet.artworks;

import java.util.List;

/** One page of search results, best match first (newest first without words), and how many there are in all. */
public record ArtworkPage(List<ArtworkSummary> items, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
