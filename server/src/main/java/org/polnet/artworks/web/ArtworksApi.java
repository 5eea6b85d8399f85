package org.polnet.artworks.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.polnet.artworks.Artwork;
import org.polnet.artworks.ArtworkDraft;
import org.polnet.artworks.ArtworkPage;
import org.polnet.artworks.ArtworkQuery;
import org.polnet.artworks.ArtworkStatus;
import org.polnet.artworks.Artworks;
import org.polnet.artworks.Category;
import org.polnet.identity.CurrentOfficers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * WoA for programs: search and read for officers and for system clients with the scope {@code artworks:read};
 * creating records for officers only. A record the caller may not see answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/artworks")
@PreAuthorize("!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_artworks:read')")
@Tag(name = "Works of art (WoA)", description = "Stolen works of art: full-text search, records, photos")
class ArtworksApi {

	static final String DEFAULT_PURPOSE = "art market check";

	private final Artworks artworks;

	private final CurrentOfficers officers;

	ArtworksApi(Artworks artworks, CurrentOfficers officers) {
		this.artworks = artworks;
		this.officers = officers;
	}

	@GetMapping
	@Operation(summary = "Full-text search across the fields (case and accents ignored), best match first; audited")
	public ArtworkPage search(@Parameter(description = "words, all required, prefixes match") @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Category category,
			@Parameter(description = "country where the work was stolen, ISO 3166 alpha-3") @RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable ArtworkStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose, HttpServletRequest request) {
		return artworks.search(officers.required(), new ArtworkQuery(q, category, blankToNull(country), status), page,
				size, purpose, request.getRemoteAddr());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One record; audited. Reading another office's record raises a hit for its owner (once a day)")
	public Artwork record(@PathVariable long id, @RequestParam(defaultValue = DEFAULT_PURPOSE) String purpose,
			HttpServletRequest request) {
		return artworks.view(officers.required(), id, purpose, true, request.getRemoteAddr());
	}

	@PostMapping
	@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
	@Operation(summary = "Record a stolen work of art, owned by the officer's office")
	public ResponseEntity<Artwork> create(@Valid @RequestBody ArtworkDraft draft, HttpServletRequest request) {
		var officer = officers.required();
		long id = artworks.report(officer, draft, request.getRemoteAddr()).id();
		Artwork created = artworks.view(officer, id, "record a stolen work of art", false, request.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/artworks/" + id)).body(created);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
