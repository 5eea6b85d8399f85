package org.polnet.audit.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditPage;
import org.polnet.audit.AuditQuery;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditVerifier;
import org.polnet.audit.RotatingKey;
import org.polnet.audit.Verification;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** The audit trail for auditors' tools: search it, and verify its chain. AUDITOR role only. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR') or hasAuthority('SCOPE_audit:read')")
@Tag(name = "Audit trail", description = "Search the tamper-evident audit trail and verify its hash chain (AUDITOR)")
class AuditApi {

	private final AuditEntries entries;

	private final AuditVerifier verifier;

	private final Auditing auditing;

	private final RotatingKey keys;

	AuditApi(AuditEntries entries, AuditVerifier verifier, Auditing auditing, @Qualifier("auditKeys") RotatingKey keys) {
		this.keys = keys;
		this.entries = entries;
		this.verifier = verifier;
		this.auditing = auditing;
	}

	@GetMapping("/entries")
	@Operation(summary = "Search the trail, newest first; the search itself is audited (audit.search)")
	public AuditPage entries(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String office,
			@Parameter(description = "an action, or a prefix ending with a dot (identity.)") @RequestParam(
					required = false) @Nullable String action,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant from,
			@Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable Instant to,
			@RequestParam(required = false) @Nullable Outcome outcome,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			HttpServletRequest request) {
		AuditQuery query = new AuditQuery(actor, office, action, from, to, outcome);
		auditing.record("audit.search", query.describe(), request);
		return entries.search(query, page, size);
	}

	record PublishedKeyAnswer(String keyId, String publicKey, Instant validFrom, @Nullable Instant validUntil) {
	}

	@GetMapping("/keys")
	@Operation(summary = "Every public key that signed checkpoints, with its validity period, the current one last",
			description = "A checkpoint names its key by keyId; after a rotation older checkpoints verify with older keys.")
	public List<PublishedKeyAnswer> keys() {
		return keys.history()
			.stream()
			.map(key -> new PublishedKeyAnswer(keys.id(key.key()), key.pem(), key.validFrom(), key.validUntil()))
			.toList();
	}

	@GetMapping("/verify")
	@Operation(summary = "Re-walk the chain, its blocks and signed checkpoints: intact with counts, or the first broken row")
	public Verification verify(HttpServletRequest request) {
		auditing.record("audit.verify", null, request);
		return verifier.verify();
	}
}
