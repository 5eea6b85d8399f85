package org.polnet.documents;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;

/**
 * What an NCB states when it reports a document or amends its record (its draft). The owner office is always the reporting
 * officer's office.
 *
 * @param reviewAt an earlier review date than the default ten years, or null for the default
 */
public record DocumentDraft(String documentNumber, String issuingCountry, DocumentType type, DocumentStatus status,
		@Nullable LocalDate stolenOrLostOn, @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn,
		String nationalReference, String remarks, Clearance classification, AccessScope scope, Set<String> countries,
		@Nullable LocalDate reviewAt) implements RecordDraft {

	public DocumentDraft {
		countries = Set.copyOf(countries);
	}

	/** A report open to all members, classified for official use only: the usual case. */
	public static DocumentDraft open(String documentNumber, String issuingCountry, DocumentType type,
			DocumentStatus status, @Nullable LocalDate stolenOrLostOn, String nationalReference) {
		return new DocumentDraft(documentNumber, issuingCountry, type, status, stolenOrLostOn, null, null,
				nationalReference, "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
	}
}
