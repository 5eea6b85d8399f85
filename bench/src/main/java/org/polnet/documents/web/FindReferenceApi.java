package org.polnet.documents.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.DocumentsInDatabase;
import org.polnet.find.web.FindCalls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reference FIND is measured against (docs/benchmarks.md): the same request, rate limit, check, audit and
 * answer as {@code POST /api/v1/find/documents}, but each document looked up in PostgreSQL ({@link DocumentsInDatabase}).
 * Found by the application's component scan when the benchmarks are on the class path, and only on a server started
 * with {@code polnet.benchmark.reference-endpoints=true} (bench/find-http does both).
 */
@RestController
@Hidden
@ConditionalOnBooleanProperty("polnet.benchmark.reference-endpoints")
class FindReferenceApi {

	private final DocumentsInDatabase database;

	private final FindCalls calls;

	FindReferenceApi(DocumentsInDatabase database, FindCalls calls) {
		this.database = database;
		this.calls = calls;
	}

	@PostMapping("/api/v1/find/documents/database-reference")
	@Nullable ResponseEntity<?> findInDatabase(HttpServletRequest http, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		return calls.answer(http, response, FindDocumentsApi.FindRequest.class, database::check,
				FindDocumentsApi::notChecked);
	}
}
