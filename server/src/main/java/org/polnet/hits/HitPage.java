package org.polnet.hits;

import java.util.List;

/** One page of hits, newest first. */
public record HitPage(List<Hit> hits, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
