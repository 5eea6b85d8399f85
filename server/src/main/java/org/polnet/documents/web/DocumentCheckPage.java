package org.polnet.documents.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.DocumentChecks;
import org.polnet.documents.DocumentType;
import org.polnet.documents.DocumentFindAnswer;
import org.polnet.documents.DocumentFindItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The border officer's check: paste an MRZ or type the number and issuing country; FIND answers as it answers
 * systems (same visibility, same audit, same hits for the owner).
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class DocumentCheckPage {

	private final DocumentChecks checks;

	private final org.polnet.identity.CurrentOfficers officers;

	DocumentCheckPage(DocumentChecks checks, org.polnet.identity.CurrentOfficers officers) {
		this.checks = checks;
		this.officers = officers;
	}

	@GetMapping("/find/documents")
	public String form(Model model) {
		model.addAttribute("types", DocumentType.values());
		return "documents/check";
	}

	@PostMapping("/find/documents")
	public String check(@RequestParam(defaultValue = "") String mrz, @RequestParam(defaultValue = "") String number,
			@RequestParam(defaultValue = "") String issuingCountry,
			@RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") String purpose, Model model,
			HttpServletRequest request) {
		DocumentFindItem item = mrz.isBlank() ? DocumentFindItem.of(number, issuingCountry, type) : DocumentFindItem.ofMrz(mrz);
		List<DocumentFindAnswer> answers = checks.check(officers.required(), List.of(item), limit(place), limit(purpose),
				request.getRemoteAddr());
		model.addAttribute("answer", answers.getFirst());
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("mrz", mrz);
		model.addAttribute("number", number);
		model.addAttribute("issuingCountry", issuingCountry);
		model.addAttribute("type", type);
		model.addAttribute("place", place);
		model.addAttribute("purpose", purpose);
		return "documents/check";
	}

	private static String limit(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
