package org.polnet.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditEntry;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditVerifier;
import org.polnet.csv.CsvWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The auditors' pages: search the trail (newest first, 50 a page), export a search as CSV, verify the chain.
 * Handler methods are public so that method security's proxy guards each of them.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditEntries entries;

	private final AuditVerifier verifier;

	private final Auditing auditing;

	AuditPages(AuditEntries entries, AuditVerifier verifier, Auditing auditing) {
		this.entries = entries;
		this.verifier = verifier;
		this.auditing = auditing;
	}

	@GetMapping("/audit")
	public String search(@ModelAttribute("search") SearchForm search, Model model, HttpServletRequest request) {
		auditing.record("audit.search", search.query().describe(), request);
		model.addAttribute("results", entries.search(search.query(), search.pageNumber(), PAGE_SIZE));
		model.addAttribute("outcomes", Outcome.values());
		return "audit/search";
	}

	@GetMapping("/audit/export.csv")
	public void export(@ModelAttribute("search") SearchForm search, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		auditing.record("audit.export", search.query().describe(), request);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
		Writer writer = response.getWriter();
		writer.write(CsvWriter.FOR_SPREADSHEETS.line(Arrays.asList("sequence", "id", "recorded_at", "actor",
				"actor_type", "office", "action", "target", "purpose", "outcome", "client_address")));
		entries.forEach(search.query(), entry -> write(writer, entry));
		writer.flush();
	}

	@GetMapping("/audit/verify")
	public String verify(Model model, HttpServletRequest request) {
		auditing.record("audit.verify", null, request);
		model.addAttribute("verification", verifier.verify());
		return "audit/verify";
	}

	private static void write(Writer writer, AuditEntry entry) {
		AuditRecord record = entry.record();
		List<String> fields = Arrays.asList(entry.sequence() == null ? null : entry.sequence().toString(),
				Long.toString(entry.id()), entry.recordedAt().toString(), record.actor(), record.actorType().name(),
				record.office(), record.action(), record.target(), record.purpose(), record.outcome().name(),
				record.clientAddress());
		try {
			writer.write(CsvWriter.FOR_SPREADSHEETS.line(fields));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
