package org.polnet.hits.web;

import org.jspecify.annotations.Nullable;
import org.polnet.hits.Answer;
import org.polnet.hits.HitDesk;
import org.polnet.hits.HitStatus;
import org.polnet.hits.Side;
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

import jakarta.servlet.http.HttpServletRequest;

/**
 * The officers' hits pages: the list of the office's hits (as owner and as checker), one hit with its history,
 * and the forms to confirm or reject it. Handler methods are public so that method security guards each.
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class HitPages {

	static final int PAGE_SIZE = 25;

	static final int NOTE_LENGTH = 2_000;

	private final HitDesk desk;

	private final CurrentOfficers officers;

	HitPages(HitDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@GetMapping("/hits")
	public String list(@ModelAttribute("search") HitFilter search, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		model.addAttribute("results", desk.list(officer, search.query(), search.pageNumber(), PAGE_SIZE,
				request.getRemoteAddr()));
		model.addAttribute("statuses", HitStatus.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("readsAll", HitDesk.readsAll(officer));
		return "hits/list";
	}

	@GetMapping("/hits/{id}")
	public String hit(@PathVariable long id, Model model, HttpServletRequest request) {
		model.addAttribute("view", desk.view(officers.required(), id, request.getRemoteAddr())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("sides", Side.values());
		return "hits/hit";
	}

	@PostMapping("/hits/{id}/confirm")
	public String confirm(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			HttpServletRequest request) {
		return answer(id, Answer.CONFIRMED, note, request);
	}

	@PostMapping("/hits/{id}/reject")
	public String reject(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			HttpServletRequest request) {
		return answer(id, Answer.REJECTED, note, request);
	}

	private String answer(long id, Answer answer, @Nullable String note, HttpServletRequest request) {
		if (note != null && note.length() > NOTE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The note is too long");
		}
		Answering.answer(() -> desk.answer(officers.required(), id, answer, note, request.getRemoteAddr()));
		return "redirect:/hits/" + id + "?answered";
	}
}
