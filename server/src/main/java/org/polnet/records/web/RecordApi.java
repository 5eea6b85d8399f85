package org.polnet.records.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.PoliceRecord;
import org.polnet.records.RecordDraft;
import org.polnet.records.RecordPage;
import org.polnet.records.SearchableRecords;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The API every police database shares under its path ({@code /api/v1/vehicles}): read a record for a stated purpose
 * and withdraw it with a reason. A database's API controller extends it, adds its search (its own criteria, then
 * {@link #search}) and its report (its own body, then {@link #reported}). Refusals are problem details; a record
 * the caller may not see answers 404 as if it did not exist. For officers' programs: system clients (API tokens)
 * check records through FIND, never through this API (the rule sits on this class, where Spring Security reads it
 * for the methods declared here).
 */
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
public abstract class RecordApi<R extends PoliceRecord, D extends RecordDraft, Q> {

	/** Why the owner changes a record. */
	public record Reason(@Nullable String reason) {

		public String text() {
			return reason == null ? "" : reason;
		}
	}

	private final SearchableRecords<R, D, Q> records;

	private final CurrentOfficers officers;

	protected RecordApi(SearchableRecords<R, D, Q> records, CurrentOfficers officers) {
		this.records = records;
		this.officers = officers;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One record, read for the stated purpose; audited")
	public R record(@PathVariable long id, @RequestParam(defaultValue = "") String purpose,
			HttpServletRequest request) {
		return records.view(officers.required(), id, purpose, request.getRemoteAddr());
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw the record with a reason (owner office only): FIND no longer matches it")
	public R withdraw(@PathVariable long id, @RequestBody Reason reason, HttpServletRequest request) {
		return records.withdraw(officers.required(), id, reason.text(), request.getRemoteAddr());
	}

	@PostMapping("/{id}/renewal")
	@Operation(summary = "Keep the record after its review, with a reason (owner office only): its review period counts again from today")
	public R renew(@PathVariable long id, @RequestBody Reason reason, HttpServletRequest request) {
		return records.renew(officers.required(), id, reason.text(), request.getRemoteAddr());
	}

	@GetMapping("/due-for-review")
	@Operation(summary = "The caller's office's open records to review within six months or past their review date, the earliest first")
	public RecordPage<R> dueForReview(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
		return records.dueForReview(officers.required(), page, size, request.getRemoteAddr());
	}

	/** A page of the records the caller may see, newest first; audited. */
	protected RecordPage<R> search(Q query, int page, int size, HttpServletRequest request) {
		return records.search(officers.required(), query, page, size, request.getRemoteAddr());
	}

	/** Reports the draft for the caller's office: 201 with the record and its location. */
	protected ResponseEntity<R> reported(D draft, HttpServletRequest request) {
		R created = records.report(officers.required(), draft, request.getRemoteAddr());
		return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + created.id())).body(created);
	}
}
