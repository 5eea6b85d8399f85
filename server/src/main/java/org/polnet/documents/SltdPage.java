package org.polnet.documents;

import java.util.List;

/** One page of SLTD records, newest first. */
public record SltdPage(List<TravelDocument> documents, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
