package org.polnet.artworks.web;

import java.time.Duration;

import org.polnet.artworks.ArtworkPhoto;
import org.polnet.artworks.Artworks;
import org.polnet.identity.CurrentOfficers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Photos and thumbnails, served from the database after the access check (404 for a record the caller may not
 * see), never as static files; kept in the browser's private cache only.
 */
@RestController
@PreAuthorize("!hasRole('SYSTEM_CLIENT') or hasAuthority('SCOPE_artworks:read')")
class ArtworkPhotos {

	private final Artworks artworks;

	private final CurrentOfficers officers;

	ArtworkPhotos(Artworks artworks, CurrentOfficers officers) {
		this.artworks = artworks;
		this.officers = officers;
	}

	@GetMapping("/artworks/{id}/photos/{n}")
	public ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int n) {
		return serve(artworks.photo(officers.required(), id, n, false));
	}

	@GetMapping("/artworks/{id}/photos/{n}/thumb")
	public ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable int n) {
		return serve(artworks.photo(officers.required(), id, n, true));
	}

	private static ResponseEntity<byte[]> serve(ArtworkPhoto photo) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.bytes());
	}
}
