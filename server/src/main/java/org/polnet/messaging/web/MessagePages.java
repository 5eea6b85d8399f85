package org.polnet.messaging.web;

import java.io.IOException;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.polnet.hits.HitDesk;
import org.polnet.hits.HitQuery;
import org.polnet.hits.HitStatus;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.members.Members;
import org.polnet.members.Office;
import org.polnet.members.Offices;
import org.polnet.members.Region;
import org.polnet.messaging.DutyLog;
import org.polnet.messaging.InboxQuery;
import org.polnet.messaging.MessageDesk;
import org.polnet.messaging.MessageView;
import org.polnet.messaging.Priority;
import org.polnet.messaging.Reference;
import org.polnet.messaging.SentMessage;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.RefusedException;
import org.polnet.web.Refusals;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The officers' messaging pages: the office's inbox (live), one message with its signature and receipts, the
 * compose form, and the General Secretariat's Command and Coordination Centre board. Handler methods are public so
 * that method security guards each.
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class MessagePages {

	static final int PAGE_SIZE = 25;

	/** An office the compose form offers, named in the reader's language. */
	record OfficeOption(String code, String label, @Nullable Region region) {
	}

	private final MessageDesk desk;

	private final DutyLog dutyLog;

	private final HitDesk hits;

	private final Offices offices;

	private final Members members;

	private final CurrentOfficers officers;

	MessagePages(MessageDesk desk, DutyLog dutyLog, HitDesk hits, Offices offices, Members members,
			CurrentOfficers officers) {
		this.desk = desk;
		this.dutyLog = dutyLog;
		this.hits = hits;
		this.offices = offices;
		this.members = members;
		this.officers = officers;
	}

	@GetMapping("/messages")
	public String inbox(@ModelAttribute("search") MessageFilter search, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		model.addAttribute("results", desk.inbox(officer, search.query(), search.pageNumber(), PAGE_SIZE,
				request.getRemoteAddr()));
		model.addAttribute("box", search.query().box());
		model.addAttribute("unread", desk.unread(officer));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("classifications", Clearance.values());
		model.addAttribute("dutyOfficer", MessageDesk.isDutyOfficer(officer));
		return "messages/inbox";
	}

	@GetMapping("/messages/{id}")
	public String message(@PathVariable UUID id, Model model, HttpServletRequest request) {
		model.addAttribute("view", desk.read(officers.required(), id, request.getRemoteAddr()));
		return "messages/message";
	}

	@GetMapping("/messages/{id}/attachments/{attachmentId}")
	public ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId,
			HttpServletRequest request) {
		return Uploads.download(desk.attachment(officers.required(), id, attachmentId, request.getRemoteAddr()));
	}

	@PostMapping("/messages/{id}/acknowledge")
	public String acknowledge(@PathVariable UUID id, HttpServletRequest request) {
		desk.acknowledge(officers.required(), id, request.getRemoteAddr());
		return "redirect:/messages/" + id + "?acknowledged";
	}

	@GetMapping("/messages/new")
	public String compose(@RequestParam(required = false) @Nullable UUID replyTo,
			@RequestParam(required = false) @Nullable UUID forward, Model model, HttpServletRequest request) {
		ComposeForm form = ComposeForm.empty();
		if (replyTo != null || forward != null) {
			MessageView original = desk.read(officers.required(), replyTo != null ? replyTo : forward,
					request.getRemoteAddr());
			String subject = (replyTo != null ? "Re: " : "Fwd: ") + original.subject();
			form = new ComposeForm(replyTo != null ? List.of(original.senderOffice()) : null, null, null, null,
					subject.length() > 200 ? subject.substring(0, 200) : subject, null, original.classification(),
					Priority.ROUTINE, null, null, replyTo, forward);
		}
		return compose(form, null, model);
	}

	@PostMapping("/messages")
	public String send(@ModelAttribute ComposeForm form,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files, Model model,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			SentMessage sent = desk.send(officers.required(), form.message(Uploads.attachments(files)), null,
					request.getRemoteAddr());
			return "redirect:/messages/" + sent.id() + "?sent";
		}
		catch (RefusedException refused) {
			response.setStatus(Refusals.status(refused).value());
			return compose(form, refused, model);
		}
	}

	@GetMapping("/messages/ccc")
	public String ccc(Model model, HttpServletRequest request) {
		board(model, request);
		return "messages/ccc";
	}

	/** The board alone, which the page reloads every few seconds and at each live event. */
	@GetMapping("/messages/ccc/board")
	public String cccBoard(Model model, HttpServletRequest request) {
		board(model, request);
		return "messages/ccc :: board";
	}

	@PostMapping("/messages/ccc/handover")
	public String handover(@RequestParam String note, HttpServletRequest request) {
		dutyLog.write(officers.required(), note, request.getRemoteAddr());
		return "redirect:/messages/ccc?handedOver";
	}

	private void board(Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		model.addAttribute("awaited", desk.awaitedAcknowledgements(officer, request.getRemoteAddr()));
		model.addAttribute("openHits", hits.list(officer, new HitQuery(HitStatus.OPEN, null, null, null, null), 0, 50,
				request.getRemoteAddr()));
		model.addAttribute("handovers", dutyLog.recent(officer, 20));
		model.addAttribute("noteLength", DutyLog.NOTE_LENGTH);
	}

	private String compose(ComposeForm form, @Nullable RefusedException refused, Model model) {
		CurrentOfficer officer = officers.required();
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		List<OfficeOption> ncbs = members.all()
			.stream()
			.filter(member -> !Office.ncbCode(member.iso3()).equals(officer.officeCode()))
			.map(member -> new OfficeOption(Office.ncbCode(member.iso3()),
					member.name().in(locale) + " (" + member.ncbCity() + ")", member.region()))
			.sorted(Comparator.comparing(OfficeOption::label, collator))
			.toList();
		List<OfficeOption> others = offices.offices()
			.stream()
			.filter(office -> !office.isNationalCentralBureau() && !office.code().equals(officer.officeCode()))
			.map(office -> new OfficeOption(office.code(), office.name().in(locale), null))
			.toList();
		model.addAttribute("form", form);
		model.addAttribute("ncbs", ncbs);
		model.addAttribute("otherOffices", others);
		model.addAttribute("regions", Region.values());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("referenceKinds", Reference.Kind.values());
		model.addAttribute("classifications",
				Arrays.stream(Clearance.values()).filter(officer.clearance()::covers).toList());
		model.addAttribute("refusal", refused == null ? null : refused.getMessage());
		model.addAttribute("problems", refused instanceof InvalidInputException invalid ? invalid.problems() : List.of());
		return "messages/compose";
	}
}
