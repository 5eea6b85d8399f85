package org.polnet.audit;

import java.util.List;

/**
 * One page of search results, newest first.
 *
 * @param entries the entries on this page
 * @param page    the page number, from 0
 * @param size    entries per page
 * @param hasNext whether an older page follows
 */
public record AuditPage(List<AuditEntry> entries, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
