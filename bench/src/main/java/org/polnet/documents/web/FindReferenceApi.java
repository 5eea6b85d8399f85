package org.polnet.documents.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.DocumentChecks;
import org.polnet.web.JsonExchange;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	private final JsonExchange json;

	FindReferenceApi(FindDocumentsApi find, DocumentChecks checks, JsonExchange json) {
		this.find = find;
		this.checks = checks;
		this.json = json;
	}

	@PostMapping("/api/v1/find/documents/database-reference")
	@Nullable ResponseEntity<?> findInDatabase(HttpServletRequest http, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		return find.answer(json.read(http, FindDocumentsApi.FindRequest.class), http, response, checks::checkInDatabase);
	}
}
