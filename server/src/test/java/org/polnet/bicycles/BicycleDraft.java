package org.polnet.bicycles;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;

/** What an officer writes to report a stolen bicycle. */
public record BicycleDraft(String frameNumber, String make, Clearance classification, AccessScope scope,
		Set<String> countries, @Nullable LocalDate reviewAt) implements RecordDraft {
}
