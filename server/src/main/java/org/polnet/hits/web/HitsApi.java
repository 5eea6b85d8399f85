package org.polnet.hits.web;

import org.jspecify.annotations.Nullable;
import org.polnet.hits.Answer;
import org.polnet.hits.HitDesk;
import org.polnet.hits.HitPage;
import org.polnet.hits.HitView;
import org.polnet.identity.CurrentOfficers;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Hits for programs: an officer's office's hits, or a system client's (scope {@code hits:read}, read-only). A hit
 * the caller may not see answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/hits")
@PreAuthorize("!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_hits:read')")
@Tag(name = "Hits", description = "Checks by one office that matched another office's record; both sides confirm or reject")
class HitsApi {

	/** What an officer writes with an answer. */
	record AnswerRequest(@Size(max = HitPages.NOTE_LENGTH) @Nullable String note) {
	}

	private final HitDesk desk;

	private final CurrentOfficers officers;

	HitsApi(HitDesk desk, CurrentOfficers officers) {
		this.desk = desk;
		this.officers = officers;
	}

	@GetMapping
	@Operation(summary = "The hits the caller's office owns or checked (all for GS officers), newest first; audited")
	public HitPage hits(@ParameterObject @ModelAttribute HitFilter filter,
			@Parameter(description = "hits per page, 1 to 100") @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request) {
		return desk.list(officers.required(), filter.query(), filter.pageNumber(), size, request.getRemoteAddr());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One hit with its history; audited")
	public HitView hit(@PathVariable long id, HttpServletRequest request) {
		return desk.view(officers.required(), id, request.getRemoteAddr())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/{id}/confirm")
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	@Operation(summary = "Confirm the hit for the officer's office (owner or checker side); once per side")
	public HitView confirm(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable AnswerRequest body,
			HttpServletRequest request) {
		return answer(id, Answer.CONFIRMED, body, request);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	@Operation(summary = "Reject the hit for the officer's office (owner or checker side); once per side")
	public HitView reject(@PathVariable long id, @Valid @RequestBody(required = false) @Nullable AnswerRequest body,
			HttpServletRequest request) {
		return answer(id, Answer.REJECTED, body, request);
	}

	private HitView answer(long id, Answer answer, @Nullable AnswerRequest body, HttpServletRequest request) {
		String note = body == null ? null : body.note();
		return Answering.answer(() -> desk.answer(officers.required(), id, answer, note, request.getRemoteAddr()));
	}
}
