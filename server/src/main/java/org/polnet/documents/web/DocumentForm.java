package org.polnet.documents.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.documents.DocumentDraft;
import org.polnet.documents.DocumentStatus;
import org.polnet.documents.DocumentType;
import org.polnet.documents.TravelDocument;
import org.polnet.identity.Clearance;
import org.polnet.records.web.RecordForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The report and amendment form, as typed: checked by the service, re-shown with its values on an error. */
record DocumentForm(@Nullable String documentNumber, @Nullable String issuingCountry, @Nullable DocumentType type,
		@Nullable DocumentStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate stolenOrLostOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate issuedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn, @Nullable String nationalReference,
		@Nullable String remarks, @Nullable Clearance classification, @Nullable AccessScope scope,
		@Nullable String countries, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewAt)
		implements RecordForm<DocumentDraft> {

	/** An empty form for the officer's country's documents. */
	static DocumentForm blank(@Nullable String country) {
		return new DocumentForm("", country, DocumentType.PASSPORT, DocumentStatus.STOLEN_ISSUED, null, null, null, "",
				"", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, "", null);
	}

	static DocumentForm of(TravelDocument document) {
		return new DocumentForm(document.documentNumber(), document.issuingCountry(), document.type(),
				document.status(), document.stolenOrLostOn(), document.issuedOn(), document.expiresOn(),
				document.nationalReference(), document.remarks(), document.access().classification(),
				document.access().scope(), RecordForm.countriesText(document.access().countries()),
				document.reviewAt());
	}

	@Override
	public DocumentDraft draft() {
		return new DocumentDraft(RecordForm.text(documentNumber), RecordForm.text(issuingCountry).toUpperCase(Locale.ROOT),
				type == null ? DocumentType.PASSPORT : type, status == null ? DocumentStatus.STOLEN_ISSUED : status,
				stolenOrLostOn, issuedOn, expiresOn, RecordForm.text(nationalReference), RecordForm.text(remarks),
				classificationOrDefault(), scopeOrDefault(), countrySet(), reviewAt);
	}
}
