package org.polnet.find.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.polnet.refusals.InvalidInputException;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request body and writes a JSON answer directly, for the API calls made thousands of times a second
 * (FIND). {@code @RequestBody} and a returned {@code ResponseEntity} choose a converter and negotiate a media type
 * on every call, copy every request header into a map on the way and run the body advice chain: about a sixth of a
 * FIND check's CPU (docs/benchmarks.md). Here the reader and writer of each type are built once, with the
 * application's own JSON mapper, so the JSON is the same as everywhere else in the API; so are the errors: a
 * malformed body, an invalid field and a content type other than JSON give the problem details of
 * the application's API answers ({@code org.polnet.web.ApiProblems}). Thread-safe.
 */
@Component
class JsonExchange {

	private final Validator validator;

	private final ClassValue<ObjectReader> readers;

	private final ClassValue<ObjectWriter> writers;

	JsonExchange(JsonMapper mapper, Validator validator) {
		this.validator = validator;
		this.readers = new ClassValue<>() {
			@Override
			protected ObjectReader computeValue(Class<?> type) {
				return mapper.readerFor(type);
			}
		};
		this.writers = new ClassValue<>() {
			@Override
			protected ObjectWriter computeValue(Class<?> type) {
				return mapper.writerFor(type);
			}
		};
	}

	/**
	 * The request's JSON body as a {@code type}, validated like a {@code @Valid @RequestBody}.
	 *
	 * @throws HttpMediaTypeNotSupportedException when the body is not declared as JSON (415)
	 * @throws HttpMessageNotReadableException    when it is empty, malformed or of the wrong shape (400)
	 * @throws InvalidInputException              when a field breaks its constraints (400, naming the field)
	 */
	<T> T read(HttpServletRequest request, Class<T> type) throws HttpMediaTypeNotSupportedException {
		requireJson(request);
		T body;
		try {
			body = readers.get(type).readValue(request.getInputStream());
		}
		catch (JacksonException | IOException unreadable) {
			throw new HttpMessageNotReadableException("Unreadable " + type.getSimpleName(), unreadable,
					new ServletServerHttpRequest(request));
		}
		if (body == null) {
			throw new HttpMessageNotReadableException("Required request body is missing", null,
					new ServletServerHttpRequest(request));
		}
		Set<ConstraintViolation<T>> violations = validator.validate(body);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("The request has invalid fields.", violations.stream()
				.map(violation -> new InvalidInputException.Problem(violation.getPropertyPath().toString(),
						violation.getMessage()))
				.toList());
		}
		return body;
	}

	/** Answers 200 with {@code body} as JSON, with its length (no chunked encoding). */
	void writeOk(HttpServletResponse response, Object body) throws IOException {
		byte[] json = writers.get(body.getClass()).writeValueAsBytes(body);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	private static void requireJson(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
		String declared = request.getContentType();
		if (declared != null && isJson(declared)) {
			return;
		}
		MediaType contentType = null;
		try {
			contentType = declared == null ? null : MediaType.parseMediaType(declared);
		}
		catch (InvalidMediaTypeException unparsable) {
			// answered as unsupported like any other type
		}
		throw new HttpMediaTypeNotSupportedException(contentType, List.of(MediaType.APPLICATION_JSON),
				HttpMethod.valueOf(request.getMethod()));
	}

	/** application/json or any +json type, with or without parameters, case-insensitively. */
	private static boolean isJson(String contentType) {
		int end = contentType.indexOf(';');
		String type = (end < 0 ? contentType : contentType.substring(0, end)).strip();
		return type.equalsIgnoreCase(MediaType.APPLICATION_JSON_VALUE)
				|| type.regionMatches(true, 0, "application/", 0, 12) && type.regionMatches(true, type.length() - 5, "+json", 0, 5);
	}
}
