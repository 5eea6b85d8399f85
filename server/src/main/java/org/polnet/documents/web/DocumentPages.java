package org.polnet.documents.web;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.access.Purposes;
import org.polnet.documents.DocumentStatus;
import org.polnet.documents.DocumentType;
import org.polnet.documents.DocumentQuery;
import org.polnet.documents.TravelDocument;
import org.polnet.documents.TravelDocuments;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.RefusedException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SLTD pages: search the records the officer may see, report a document, read a record (after stating why),
 * amend and withdraw it. Handler methods are public so that method security guards each.
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class DocumentPages {

	static final int PAGE_SIZE = 25;

	private final TravelDocuments documents;

	private final CurrentOfficers officers;

	DocumentPages(TravelDocuments documents, CurrentOfficers officers) {
		this.documents = documents;
		this.officers = officers;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("classifications", Clearance.values());
		model.addAttribute("scopes", AccessScope.values());
		model.addAttribute("purposes", Purposes.CHOICES);
	}

	@GetMapping("/documents")
	public String list(@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable DocumentStatus status,
			@RequestParam(defaultValue = "false") boolean withdrawn, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		DocumentQuery query = new DocumentQuery(number, country, status, withdrawn);
		model.addAttribute("search", query);
		model.addAttribute("results",
				documents.search(officers.required(), query, page, PAGE_SIZE, request.getRemoteAddr()));
		return "documents/list";
	}

	@GetMapping("/documents/new")
	public String newForm(Model model) {
		model.addAttribute("form", DocumentForm.blank(officers.required().ncbCountry()));
		return "documents/form";
	}

	@PostMapping("/documents")
	public String create(@ModelAttribute("form") DocumentForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			TravelDocument created = documents.report(officers.required(), form.report(), request.getRemoteAddr());
			return "redirect:/documents/" + created.id() + "?purpose=verification&saved";
		}
		catch (RefusedException refused) {
			return formWithError(model, response, refused, null);
		}
	}

	@GetMapping("/documents/{id}")
	public String record(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String other, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		String stated = Purposes.stated(purpose, other);
		model.addAttribute("id", id);
		if (stated == null) {
			model.addAttribute("purposeMissing", purpose != null);
			return "documents/purpose";
		}
		TravelDocument document = documents.view(officer, id, stated, request.getRemoteAddr());
		model.addAttribute("document", document);
		model.addAttribute("history", documents.history(officer, id));
		model.addAttribute("mayChange", documents.mayChange(officer, document));
		return "documents/record";
	}

	@GetMapping("/documents/{id}/edit")
	public String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		TravelDocument document = documents.view(officer, id, "amendment", request.getRemoteAddr());
		if (!documents.mayChange(officer, document)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("form", DocumentForm.of(document));
		model.addAttribute("id", id);
		return "documents/form";
	}

	@PostMapping("/documents/{id}")
	public String amend(@PathVariable long id, @ModelAttribute("form") DocumentForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			documents.amend(officers.required(), id, form.report(), request.getRemoteAddr());
			return "redirect:/documents/" + id + "?purpose=verification&saved";
		}
		catch (RefusedException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			return formWithError(model, response, refused, id);
		}
	}

	@PostMapping("/documents/{id}/withdraw")
	public String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request) {
		if (reason.isBlank()) {
			return "redirect:" + UriComponentsBuilder.fromPath("/documents/{id}")
				.queryParam("purpose", "verification")
				.queryParam("reasonMissing")
				.buildAndExpand(id)
				.toUriString();
		}
		documents.withdraw(officers.required(), id, reason, request.getRemoteAddr());
		return "redirect:/documents/" + id + "?purpose=verification&withdrawn";
	}

	/** The form again, with the officer's values, a message in their language, and the refusal's status. */
	private static String formWithError(Model model, HttpServletResponse response, RefusedException refused,
			@Nullable Long id) {
		response.setStatus(switch (refused) {
			case NotAllowedException notAllowed -> 403;
			case ConflictException conflict -> 409;
			default -> 400;
		});
		model.addAttribute("id", id);
		model.addAttribute("error", switch (refused) {
			case NotAllowedException notAllowed -> "documents.error.notIssuer";
			case ConflictException conflict -> "documents.error.duplicate";
			default -> "documents.error.invalid";
		});
		model.addAttribute("errorDetail", refused.getMessage());
		return "documents/form";
	}
}
