package org.polnet.documents.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.DocumentDraft;
import org.polnet.documents.DocumentQuery;
import org.polnet.documents.DocumentStatus;
import org.polnet.documents.DocumentType;
import org.polnet.documents.TravelDocument;
import org.polnet.documents.TravelDocuments;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.web.RecordPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/** The SLTD pages (the shared record pages, with SLTD's search filters and fields). */
@Controller
@RequestMapping("/documents")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class DocumentPages extends RecordPages<TravelDocument, DocumentDraft, DocumentQuery, DocumentForm> {

	DocumentPages(TravelDocuments documents, CurrentOfficers officers) {
		super(documents, officers, Map.of("types", DocumentType.values(), "statuses", DocumentStatus.values()));
	}

	@GetMapping
	public String list(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable DocumentStatus status,
			@RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		return list(new DocumentQuery(number, country, status, withdrawn), page, model, request);
	}

	@Override
	protected DocumentForm blankForm(CurrentOfficer officer) {
		return DocumentForm.blank(officer.ncbCountry());
	}

	@Override
	protected DocumentForm formOf(TravelDocument document) {
		return DocumentForm.of(document);
	}
}
