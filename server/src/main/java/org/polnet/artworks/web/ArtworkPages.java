package org.polnet.artworks.web;

import java.io.IOException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.artworks.Artwork;
import org.polnet.artworks.ArtworkDraft;
import org.polnet.artworks.ArtworkQuery;
import org.polnet.artworks.ArtworkStatus;
import org.polnet.artworks.Artworks;
import org.polnet.artworks.Category;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.refusals.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * The WoA pages: search, the record (after the officer states the purpose), the forms to create and edit a record,
 * add photos, withdraw or recover it. Handler methods are public so that method security guards each.
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class ArtworkPages {

	static final int PAGE_SIZE = 20;

	/** The purpose recorded when an officer opens the record they have just created or changed. */
	static final String OWN_RECORD_PURPOSE = "record keeping";

	private final Artworks artworks;

	private final CurrentOfficers officers;

	ArtworkPages(Artworks artworks, CurrentOfficers officers) {
		this.artworks = artworks;
		this.officers = officers;
	}

	/** The search page: the form, and results once the officer has searched with a purpose. */
	@GetMapping("/artworks")
	public String search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ArtworkStatus status,
			@RequestParam(required = false) @Nullable String purpose, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("category", category);
		model.addAttribute("country", country == null ? "" : country);
		model.addAttribute("status", status);
		model.addAttribute("purpose", purpose == null ? "" : purpose);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", ArtworkStatus.values());
		boolean searched = q != null || category != null || status != null || country != null;
		if (searched && (purpose == null || purpose.isBlank())) {
			model.addAttribute("purposeMissing", true);
		}
		else if (searched) {
			model.addAttribute("results", artworks.search(officers.required(),
					new ArtworkQuery(q, category, ArtworksApi.blankToNull(country), status), page, PAGE_SIZE,
					purpose.strip(), request.getRemoteAddr()));
		}
		return "artworks/search";
	}

	/** The record, once the officer has said why they open it; opened from a search, another office's is a hit. */
	@GetMapping("/artworks/{id}")
	public String record(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String from, Model model, HttpServletRequest request) {
		model.addAttribute("id", id);
		model.addAttribute("from", from);
		if (purpose == null || purpose.isBlank()) {
			return "artworks/purpose";
		}
		CurrentOfficer officer = officers.required();
		Artwork work = artworks.view(officer, id, purpose.strip(), "search".equals(from), request.getRemoteAddr());
		model.addAttribute("work", work);
		model.addAttribute("mayChange", artworks.mayChange(officer, work));
		model.addAttribute("maxPhotoMb", artworks.maxPhotoBytes() / (1024 * 1024));
		return "artworks/record";
	}

	@GetMapping("/artworks/new")
	public String newRecord(Model model) {
		return form(model, blank(), null, null);
	}

	@PostMapping("/artworks")
	public String create(@Valid @ModelAttribute("draft") ArtworkDraft draft, BindingResult errors, Model model,
			HttpServletRequest request) {
		if (errors.hasErrors()) {
			return form(model, draft, null, "artworks.form.invalid");
		}
		try {
			long id = artworks.report(officers.required(), draft, request.getRemoteAddr()).id();
			return "redirect:/artworks/" + id + "?saved&purpose=" + OWN_RECORD_PURPOSE.replace(' ', '+');
		}
		catch (InvalidInputException e) {
			return form(model, draft, null, problem(e));
		}
	}

	@GetMapping("/artworks/{id}/edit")
	public String edit(@PathVariable long id, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		Artwork work = artworks.view(officer, id, "edit the record", false, request.getRemoteAddr());
		if (!artworks.mayChange(officer, work)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return form(model, draftOf(work), id, null);
	}

	@PostMapping("/artworks/{id}")
	public String update(@PathVariable long id, @Valid @ModelAttribute("draft") ArtworkDraft draft,
			BindingResult errors, Model model, HttpServletRequest request) {
		if (errors.hasErrors()) {
			return form(model, draft, id, "artworks.form.invalid");
		}
		try {
			artworks.amend(officers.required(), id, draft, request.getRemoteAddr());
		}
		catch (InvalidInputException e) {
			return form(model, draft, id, problem(e));
		}
		return "redirect:/artworks/" + id + "?saved&purpose=" + OWN_RECORD_PURPOSE.replace(' ', '+');
	}

	@PostMapping("/artworks/{id}/photos")
	public String addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
			HttpServletRequest request) throws IOException {
		if (photo.getSize() > artworks.maxPhotoBytes()) {
			// before reading it into memory
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The photo is too large.");
		}
		artworks.addPhoto(officers.required(), id, photo.getBytes(), request.getRemoteAddr());
		return "redirect:/artworks/" + id + "?photoAdded&purpose=" + OWN_RECORD_PURPOSE.replace(' ', '+');
	}

	@PostMapping("/artworks/{id}/withdraw")
	public String withdraw(@PathVariable long id, @RequestParam String reason, HttpServletRequest request) {
		artworks.withdraw(officers.required(), id, reason, request.getRemoteAddr());
		return "redirect:/artworks/" + id + "?statusChanged&purpose=" + OWN_RECORD_PURPOSE.replace(' ', '+');
	}

	@PostMapping("/artworks/{id}/recover")
	public String recover(@PathVariable long id, @RequestParam String reason, HttpServletRequest request) {
		artworks.markRecovered(officers.required(), id, reason, request.getRemoteAddr());
		return "redirect:/artworks/" + id + "?statusChanged&purpose=" + OWN_RECORD_PURPOSE.replace(' ', '+');
	}

	/** The form's message for what the service refused: an unknown country, a contradictory list, a review date. */
	private static String problem(InvalidInputException refused) {
		String field = refused.problems().isEmpty() ? null : refused.problems().getFirst().field();
		return "artworks.form.problem." + switch (field == null ? "" : field) {
			case "review_at" -> "REVIEW_DATE";
			case "access_countries" -> "ACCESS_LIST";
			case "country" -> "UNKNOWN_COUNTRY";
			default -> "INVALID";
		};
	}

	private String form(Model model, ArtworkDraft draft, @Nullable Long id, @Nullable String error) {
		model.addAttribute("draft", draft);
		model.addAttribute("id", id);
		model.addAttribute("error", error);
		model.addAttribute("categories", Category.values());
		model.addAttribute("classifications", Clearance.values());
		model.addAttribute("scopes", AccessScope.values());
		model.addAttribute("countries", String.join(", ", draft.accessCountries().stream().sorted().toList()));
		return "artworks/form";
	}

	private static ArtworkDraft blank() {
		return new ArtworkDraft("", null, Category.PAINTING, null, null, null, null, null, null, null, null,
				Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS, Set.of(), null);
	}

	private static ArtworkDraft draftOf(Artwork w) {
		return new ArtworkDraft(w.title(), w.maker(), w.category(), w.period(), w.materials(), w.dimensions(),
				w.inscriptions(), w.description(), w.stolenOn(), w.stolenPlace(), w.stolenCountry(),
				w.access().classification(), w.access().scope(), w.access().countries(), w.reviewAt());
	}
}
