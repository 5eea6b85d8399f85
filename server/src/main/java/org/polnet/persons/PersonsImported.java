package org.polnet.persons;

import java.util.List;

/** A bulk import's batch reported or changed these persons (published in the batch's transaction). */
public record PersonsImported(List<Long> ids) {

	public PersonsImported {
		ids = List.copyOf(ids);
	}
}
