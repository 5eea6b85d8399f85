package org.polnet.records;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;

/**
 * What an officer writes to report a record or amend it, beyond the database's own fields: how classified it is,
 * who may see it and an earlier review date. The owner office is always the writing officer's own.
 */
public interface RecordDraft {

	Clearance classification();

	AccessScope scope();

	/** The countries the scope lists (ISO 3166 alpha-3); empty for all members. */
	Set<String> countries();

	/** An earlier review date than the database's period allows, or null for the latest allowed. */
	@Nullable LocalDate reviewAt();
}
