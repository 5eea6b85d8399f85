package org.polnet.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.RefusedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error is an RFC 9457 problem detail; invalid input names the field at fault in {@code errors}.
 * Applies to REST controllers only: pages answer with the error page. Modules refuse with the domain's
 * {@link RefusedException}s, whose status {@link Refusals} decides; an {@link InvalidInputException} that names its
 * fields lists them in {@code errors} too.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	static final URI VALIDATION = URI.create("urn:polnet:problem:validation");

	static final URI MALFORMED = URI.create("urn:polnet:problem:malformed-request");

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalidFields(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))
			.toList());
	}

	/** A refusal of the domain: its status, and its message as the detail. */
	@ExceptionHandler(RefusedException.class)
	ResponseEntity<Object> handleRefused(RefusedException refused) {
		HttpStatus status = Refusals.status(refused);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
		if (refused instanceof InvalidInputException invalid) {
			problem.setType(VALIDATION);
			problem.setTitle("Invalid request");
			List<Map<String, String>> errors = invalid.problems()
				.stream()
				.filter(field -> field.field() != null)
				.map(field -> Map.of("field", String.valueOf(field.field()), "message", field.reason()))
				.toList();
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
		}
		return ResponseEntity.status(status).body(problem);
	}

	private static ResponseEntity<Object> invalidFields(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields.");
		problem.setType(VALIDATION);
		problem.setTitle("Invalid request");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
				// a chunked body cut at the limit (RequestSizeLimit): too large, not malformed
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
						"The request body is larger than the " + tooLarge.maxBytes + " bytes this API accepts.");
				problem.setType(URI.create("urn:polnet:problem:body-too-large"));
				problem.setTitle("Request body too large");
				return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(problem);
			}
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			// well-formed JSON with a value of the wrong type (an unknown role, text for a number): name the field,
			// never echo the value
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request has invalid fields.");
			problem.setType(VALIDATION);
			problem.setTitle("Invalid request");
			String message = mismatch instanceof StorableTextJson.UnstorableText ? StorableText.RULE
					: "has a value of the wrong type, or one that is not allowed";
			problem.setProperty("errors", List.of(Map.of("field", field(mismatch.getPath()), "message", message)));
			return ResponseEntity.badRequest().body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON of the expected shape.");
		problem.setType(MALFORMED);
		problem.setTitle("Malformed request body");
		return ResponseEntity.badRequest().body(problem);
	}

	/** The JSON path of the field at fault as a client wrote it: {@code roles[1]}, {@code address.city}. */
	private static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.toString();
	}
}
