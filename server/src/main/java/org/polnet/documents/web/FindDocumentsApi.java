package org.polnet.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.documents.DocumentChecks;
import org.polnet.documents.DocumentType;
import org.polnet.documents.DocumentFindAnswer;
import org.polnet.documents.DocumentFindItem;
import org.polnet.find.web.FindCalls;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

/**
 * FIND for documents over HTTP, for border and police systems (token scope {@code find:documents}) and signed-in
 * officers (the security configuration checks the scope). Every check is audited; a record the caller may not see
 * is answered as no hit.
 */
@RestController
@RequestMapping("/api/v1/find")
@Tag(name = "FIND", description = "Real-time checks against the police databases")
class FindDocumentsApi {

	static final URI INVALID_ITEM = URI.create("urn:polnet:problem:invalid-document");

	/**
	 * One document (the item's fields at the top level) or a batch ({@code items}), with where and why.
	 *
	 * @param purpose "border check" when not given
	 */
	record FindRequest(@Nullable List<DocumentFindItem> items, @Nullable String mrz, @Nullable String number,
			@Nullable String issuingCountry, @Nullable DocumentType type, @Size(max = 200) @Nullable String place,
			@Size(max = 200) @Nullable String purpose) implements FindCalls.Request<DocumentFindItem> {

		@Override
		public boolean batch() {
			return items != null;
		}

		@Override
		public List<@Nullable DocumentFindItem> itemsToCheck() {
			return items != null ? items : List.of(new DocumentFindItem(mrz, number, issuingCountry, type));
		}
	}

	private final DocumentChecks checks;

	private final FindCalls calls;

	FindDocumentsApi(DocumentChecks checks, FindCalls calls) {
		this.checks = checks;
		this.calls = calls;
	}

	@PostMapping("/documents")
	@Operation(summary = "Check one document (MRZ, or number and issuing country) or a batch of up to 1,000 ('items')",
			description = "Per item: hit (with what the caller may see of each matching record), no-hit, or error "
					+ "(an MRZ with a wrong check digit, an unknown country code…; a single item answers 400). "
					+ "A batch answers {\"answers\": [...]}, in the order of its items. "
					+ "Audited; a hit tells the owner office. Rate limited per caller: 429 with Retry-After.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = FindRequest.class))))
	@ApiResponse(responseCode = "200", description = "The answer (a batch: one per item)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = DocumentFindAnswer.class)))
	public @Nullable ResponseEntity<?> find(HttpServletRequest http, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		return calls.answer(http, response, FindRequest.class, checks::check, FindDocumentsApi::notChecked);
	}

	/** A single document not checked (a wrong MRZ, an unknown country...): 400, with each problem of the MRZ. */
	static @Nullable ProblemDetail notChecked(DocumentFindAnswer answer) {
		if (!answer.failed()) {
			return null;
		}
		ProblemDetail problem = FindCalls.problem(HttpStatus.BAD_REQUEST, INVALID_ITEM, "Document not checked",
				answer.error() == null ? "" : answer.error());
		problem.setProperty("problems", answer.problems());
		return problem;
	}
}
