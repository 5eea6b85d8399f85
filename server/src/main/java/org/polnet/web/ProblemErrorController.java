package org.polnet.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The error path ({@code /error}), where the servlet container and Spring MVC send what no handler answered (an
 * unknown path, a wrong method or content type, an upload over the multipart limit, any uncaught exception): a
 * problem detail for the API and for any client that does not ask for HTML, Spring Boot's error page otherwise.
 * Called directly (no error to report), it answers 404 instead of Spring Boot's status 999.
 */
class ProblemErrorController extends BasicErrorController {

	private final JsonMapper json;

	ProblemErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, JsonMapper json) {
		super(attributes, new ErrorProperties(), resolvers);
		this.json = json;
	}

	@Override
	public @Nullable ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			// a browser on an API address: the API answers as to a program
			try {
				ResponseEntity<Map<String, Object>> problem = error(request);
				response.setStatus(problem.getStatusCode().value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				json.writeValue(response.getOutputStream(), problem.getBody());
				return null;
			}
			catch (IOException failed) {
				return null; // the client is gone
			}
		}
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND
				: getStatus(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.put("instance", path);
		}
		// fixed texts only: an uncaught exception's message may hold anything
		problem.put("detail", switch (status) {
			case NOT_FOUND -> "Nothing is at this address.";
			case METHOD_NOT_ALLOWED -> "This address does not take this method.";
			case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of this content type.";
			case CONTENT_TOO_LARGE -> "The request body is larger than this address accepts.";
			case INTERNAL_SERVER_ERROR -> "The server failed to answer; the failure is logged.";
			default -> status.getReasonPhrase() + ".";
		});
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String original ? original : request.getRequestURI();
		return path.startsWith("/api/") && !path.startsWith("/api/v1/docs") || path.startsWith("/actuator")
				|| path.startsWith("/v3/api-docs");
	}
}
