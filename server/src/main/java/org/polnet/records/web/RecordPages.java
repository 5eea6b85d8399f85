package org.polnet.records.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.access.Purposes;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.PoliceRecord;
import org.polnet.records.RecordDraft;
import org.polnet.records.SearchableRecords;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The pages every police database shares, under its module's path ({@code /documents}): report a record, read it
 * after stating why, amend it and withdraw it, on the shared templates ({@code records/*.html}) filled with the
 * database's own fields ({@code <module>/fields.html}). A database's pages controller extends this class, maps it
 * with {@code @RequestMapping("/<module>")}, adds its search handler (its own filters, then {@link #list}) and its
 * own actions. Handler methods are public so that method security guards each: officers only, never a system
 * client (the rule sits on this class, as Spring Security reads it from the class that declares the method).
 *
 * @param <R> the record
 * @param <D> its draft
 * @param <Q> a search of the database
 * @param <F> the form
 */
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
public abstract class RecordPages<R extends PoliceRecord, D extends RecordDraft, Q, F extends RecordForm<D>> {

	public static final int PAGE_SIZE = 25;

	/** The purpose audited when the owner opens the record they have just written. */
	private static final String AFTER_SAVING = "verification";

	private final SearchableRecords<R, D, Q> records;

	private final CurrentOfficers officers;

	private final String module;

	private final Map<String, ?> choices;

	/**
	 * @param choices the choices the database's own fields offer, by model attribute: {@code types} and
	 *                {@code statuses} for the values of its enums
	 */
	protected RecordPages(SearchableRecords<R, D, Q> records, CurrentOfficers officers, Map<String, ?> choices) {
		this.records = records;
		this.officers = officers;
		this.module = records.kind().module();
		this.choices = Map.copyOf(choices);
	}

	/** An empty form for a new record of the officer's office. */
	protected abstract F blankForm(CurrentOfficer officer);

	/** The form of a recorded record, to amend it. */
	protected abstract F formOf(R record);

	/**
	 * What the database shows on a record's page beyond the record itself (its facts fragment reads it), for this
	 * officer, after the consultation was audited; nothing by default.
	 */
	protected void addToRecordPage(R record, CurrentOfficer officer, Model model) {
	}

	/** The action path that marks a record recovered ({@code recovered}), or null where records are not recovered. */
	protected @Nullable String recoverAction() {
		return null;
	}

	@ModelAttribute
	public void choices(Model model) {
		model.addAttribute("module", module);
		model.addAttribute("checkedByFind", records.kind().checkedByFind());
		model.addAttribute("classifications", Clearance.values());
		model.addAttribute("scopes", AccessScope.values());
		model.addAttribute("purposes", Purposes.CHOICES);
		model.addAllAttributes(choices);
	}

	/** The search page: a page of the records matching the query that the officer may see. */
	protected String list(Q query, int page, Model model, HttpServletRequest request) {
		model.addAttribute("search", query);
		model.addAttribute("results", records.search(officers.required(), query, page, PAGE_SIZE, request.getRemoteAddr()));
		return "records/list";
	}

	@GetMapping("/new")
	public String newForm(Model model) {
		model.addAttribute("form", blankForm(officers.required()));
		return "records/form";
	}

	@PostMapping
	public String create(@ModelAttribute("form") F form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			R created = records.report(officers.required(), form.draft(), request.getRemoteAddr());
			return saved(created.id());
		}
		catch (RefusedException refused) {
			return formWithError(model, response, refused, null);
		}
	}

	@GetMapping("/{id}")
	public String record(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String other, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		String stated = Purposes.stated(purpose, other);
		model.addAttribute("id", id);
		if (stated == null) {
			model.addAttribute("purposeMissing", purpose != null);
			return "records/purpose";
		}
		R record = records.view(officer, id, stated, request.getRemoteAddr());
		model.addAttribute("record", record);
		model.addAttribute("history", records.history(officer, id));
		model.addAttribute("mayChange", records.mayChange(officer, record));
		model.addAttribute("recoverAction", recoverAction());
		addToRecordPage(record, officer, model);
		model.addAttribute("reviewDue", !record.reviewAt().isAfter(LocalDate.now(ZoneOffset.UTC).plus(SearchableRecords.REMINDER)));
		return "records/record";
	}

	/** The office's records due for review within six months, or past their date. */
	@GetMapping("/review")
	public String review(@RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
		model.addAttribute("results", records.dueForReview(officers.required(), page, PAGE_SIZE, request.getRemoteAddr()));
		model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
		return "records/review";
	}

	/** The owner keeps the record, saying why: its review period counts again from today. */
	@PostMapping("/{id}/renew")
	public String renew(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request) {
		if (reason.isBlank()) {
			return "redirect:" + UriComponentsBuilder.fromPath("/{module}/{id}")
				.queryParam("purpose", AFTER_SAVING)
				.queryParam("renewReasonMissing")
				.buildAndExpand(module, id)
				.toUriString();
		}
		records.renew(officers.required(), id, reason, request.getRemoteAddr());
		return saved(id);
	}

	@GetMapping("/{id}/edit")
	public String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		R record = records.view(officer, id, "amendment", request.getRemoteAddr());
		if (!records.mayChange(officer, record)) {
			throw new NotAllowedException("You may not amend record " + record.reference() + ".");
		}
		model.addAttribute("form", formOf(record));
		model.addAttribute("id", id);
		return "records/form";
	}

	@PostMapping("/{id}")
	public String amend(@PathVariable long id, @ModelAttribute("form") F form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			records.amend(officers.required(), id, form.draft(), request.getRemoteAddr());
			return saved(id);
		}
		catch (NotFoundException hidden) {
			throw hidden;
		}
		catch (RefusedException refused) {
			return formWithError(model, response, refused, id);
		}
	}

	@PostMapping("/{id}/withdraw")
	public String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request) {
		if (reason.isBlank()) {
			return "redirect:" + UriComponentsBuilder.fromPath("/{module}/{id}")
				.queryParam("purpose", AFTER_SAVING)
				.queryParam("reasonMissing")
				.buildAndExpand(module, id)
				.toUriString();
		}
		records.withdraw(officers.required(), id, reason, request.getRemoteAddr());
		return saved(id);
	}

	/** The record's page after a change, read by its owner for verification. */
	protected String saved(long id) {
		return "redirect:/" + module + "/" + id + "?purpose=" + AFTER_SAVING + "&saved";
	}

	protected CurrentOfficer officer() {
		return officers.required();
	}

	/** The form again, with the officer's values, a message in their language, and the refusal's status. */
	private String formWithError(Model model, HttpServletResponse response, RefusedException refused,
			@Nullable Long id) {
		HttpStatus status = switch (refused) {
			case NotAllowedException notAllowed -> HttpStatus.FORBIDDEN;
			case ConflictException conflict -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
		response.setStatus(status.value());
		model.addAttribute("id", id);
		model.addAttribute("error", module + ".error." + switch (status) {
			case FORBIDDEN -> "notAllowed";
			case CONFLICT -> "duplicate";
			default -> "invalid";
		});
		model.addAttribute("errorDetail", refused.getMessage());
		return "records/form";
	}
}
