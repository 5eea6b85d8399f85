package org.polnet.mind.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.polnet.mind.MindDownload;
import org.polnet.mind.MindKeys;
import org.polnet.mind.MindPackages;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * MIND over HTTP: the signing public key (anyone signed in or with a token), and the package of the caller's office
 * (token scope {@code mind:download}, or an NCB officer).
 */
@RestController
@RequestMapping("/api/v1/mind")
@Tag(name = "MIND", description = "Signed packages for offline document and vehicle checks")
class MindApi {

	/** The public key's SHA-256, so a device installer can compare it with the one published out of band. */
	static final String FINGERPRINT_HEADER = "X-Mind-Key-Fingerprint";

	static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	record PublicKeyAnswer(String publicKey, String sha256Fingerprint) {
	}

	private final MindPackages packages;

	private final MindKeys keys;

	private final CurrentOfficers officers;

	MindApi(MindPackages packages, MindKeys keys, CurrentOfficers officers) {
		this.packages = packages;
		this.keys = keys;
		this.officers = officers;
	}

	@GetMapping("/public-key")
	@Operation(summary = "The Ed25519 public key that verifies MIND packages, as PEM",
			description = "Its SHA-256 fingerprint is in the X-Mind-Key-Fingerprint header. With Accept: "
					+ "application/json, both in JSON (publicKey, sha256Fingerprint).")
	public ResponseEntity<?> publicKey(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		// one handler rather than two produces= variants: a browser's "*/*" must get the PEM file, not a 406
		if (accept != null && MediaType.parseMediaTypes(accept).stream()
			.anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType())) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(FINGERPRINT_HEADER, keys.fingerprint())
				.body(new PublicKeyAnswer(keys.publicKeyPem(), keys.fingerprint()));
		}
		return ResponseEntity.ok()
			.contentType(PEM)
			.header(FINGERPRINT_HEADER, keys.fingerprint())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mind-signing.pub").build().toString())
			.body(keys.publicKeyPem());
	}

	record PublishedKeyAnswer(String sha256Fingerprint, String publicKey, Instant validFrom, @Nullable Instant validUntil) {
	}

	@GetMapping("/keys")
	@Operation(summary = "Every public key that signed MIND packages, with its validity period, the current one last",
			description = "A device accepts a package or delta signed by any of them. With Accept: "
					+ "application/x-pem-file, the keys as one PEM file (the checker's --public-key).")
	public ResponseEntity<?> keys(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
		if (accept != null && MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.equalsTypeAndSubtype(PEM))) {
			return ResponseEntity.ok()
				.contentType(PEM)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("mind-signing-keys.pem").build().toString())
				.body(keys.historyPem());
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(keys.history()
				.stream()
				.map(key -> new PublishedKeyAnswer(keys.id(key.key()), key.pem(), key.validFrom(), key.validUntil()))
				.toList());
	}

	@GetMapping("/package")
	@PreAuthorize("hasAuthority('SCOPE_mind:download') or hasRole('NCB_OFFICER')")
	@Operation(summary = "The signed MIND package of the SLTD and SMV entries the caller's office may see",
			description = "With since=<version> of the office's previous package in the current series: a delta to "
					+ "apply to it; otherwise a full package (new package key). Audited.")
	public ResponseEntity<byte[]> download(@RequestParam(required = false) @Nullable Long since, HttpServletRequest http) {
		CurrentOfficer caller = officers.required();
		MindDownload download = packages.download(caller, since, http.getRemoteAddr());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.fileName(caller.officeCode())).build().toString())
			.header("X-Mind-Version", Long.toString(download.version()))
			.header("X-Mind-Kind", download.delta() ? "delta" : "full")
			.body(download.bytes());
	}
}
