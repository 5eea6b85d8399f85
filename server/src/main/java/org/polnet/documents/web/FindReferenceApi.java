package org.polnet.documents.web;

import org.polnet.documents.DocumentChecks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The reference FIND is measured against (docs/benchmarks.md): the same request, rate limit, check and audit, but
 * each document looked up with one indexed PostgreSQL query instead of the in-memory index. Only on a server
 * started for benchmarks ({@code polnet.benchmark.reference-endpoints=true}).
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty("polnet.benchmark.reference-endpoints")
class FindReferenceApi {

	private final FindDocumentsApi find;

	private final DocumentChecks checks;

	FindReferenceApi(FindDocumentsApi find, DocumentChecks checks) {
		this.find = find;
		this.checks = checks;
	}

	@PostMapping("/api/v1/find/documents/database-reference")
	ResponseEntity<?> findInDatabase(@jakarta.validation.Valid @RequestBody FindDocumentsApi.FindRequest request,
			HttpServletRequest http) {
		return find.answer(request, http, checks::checkInDatabase);
	}
}
