package org.polnet.documents;

import java.util.List;
import java.util.Optional;

import org.polnet.access.AccessPolicy;
import org.polnet.access.ReviewPeriod;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.identity.CurrentOfficer;
import org.polnet.records.Change;
import org.polnet.records.RecordKind;
import org.polnet.records.RecordSupport;
import org.polnet.records.Records;
import org.polnet.records.SearchableRecords;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.stereotype.Service;

/**
 * SLTD for officers and other modules: report a stolen or lost document, amend or withdraw its record, read and
 * search the records one may see (the lifecycle every database shares, {@link Records}). SLTD's own rules: the
 * fields ({@link DocumentRules}), and only the issuing authority's office writes a document's records
 * ({@link IssuingAuthority}).
 */
@Service
public class TravelDocuments extends SearchableRecords<TravelDocument, DocumentDraft, DocumentQuery> {

	/** SLTD: records of travel documents, reviewed after ten years. */
	public static final RecordKind KIND = new RecordKind(TravelDocument.DATABASE, "documents", ReviewPeriod.DOCUMENT).withFindCheck();

	private final DocumentRows rows;

	private final AccessPolicy access;

	TravelDocuments(DocumentRows rows, RecordSupport support) {
		super(KIND, rows, support);
		this.rows = rows;
		this.access = support.access();
	}

	@Override
	protected List<Problem> problems(DocumentDraft draft) {
		return DocumentRules.problems(draft);
	}

	@Override
	protected boolean allowsDraft(CurrentOfficer officer, DocumentDraft draft) {
		return IssuingAuthority.ISSUING_AUTHORITY_ONLY.allows(officer, draft.issuingCountry());
	}

	@Override
	protected boolean allowsRecord(CurrentOfficer officer, TravelDocument document) {
		return IssuingAuthority.ISSUING_AUTHORITY_ONLY.allows(officer, document.issuingCountry());
	}

	@Override
	protected Problem notAllowed(DocumentDraft draft) {
		return new Problem("issuing_country",
				"Only the NCB of the issuing country records its documents (" + draft.issuingCountry() + ")");
	}

	@Override
	protected String duplicate() {
		return "This document is already recorded: amend the existing record.";
	}

	@Override
	protected String describe(DocumentDraft draft) {
		return draft.issuingCountry() + " " + draft.documentNumber().trim();
	}

	@Override
	protected String describe(DocumentQuery query) {
		return "number=" + orEmpty(query.number()) + " country=" + orEmpty(query.issuingCountry()) + " status="
				+ (query.status() == null ? "" : query.status());
	}

	@Override
	protected Object reported(TravelDocument document) {
		return new DocumentReported(document);
	}

	@Override
	protected Object changed(TravelDocument before, TravelDocument after, Change change) {
		return new DocumentChanged(before, after, change);
	}

	/** The active record of a document, if the officer may see it; not audited: the caller audits its purpose. */
	public Optional<TravelDocument> findByKey(CurrentOfficer officer, String issuingCountry, String number,
			DocumentType type) {
		return rows.findActive(issuingCountry, DocumentNumbers.normalise(number), type)
			.filter(document -> access.maySee(officer, document.access()));
	}

	private static String orEmpty(@org.jspecify.annotations.Nullable String text) {
		return text == null ? "" : text;
	}
}
