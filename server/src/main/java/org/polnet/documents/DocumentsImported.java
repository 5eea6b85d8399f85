package org.polnet.documents;

import java.util.List;

/**
 * A batch of a bulk import was written (published in the batch's transaction): the records it added or changed,
 * as they now are. Unchanged rows are not in it. One event per batch rather than one per record, so that an
 * import of millions of rows does not publish millions of events.
 */
public record DocumentsImported(List<TravelDocument> documents) {

	public DocumentsImported {
		documents = List.copyOf(documents);
	}
}
