package org.polnet.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request whose parameters (query string, form fields, sign-in) hold text PostgreSQL cannot store
 * ({@link StorableText}): a 400 problem detail for the API, the 400 error page for pages. Before security and
 * everything else, so that no module ever sees such a value. JSON bodies are checked as they are read
 * ({@link StorableTextJson}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StorableTextParameters extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refused = refusedParameter(request);
		if (refused == null) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			// the parameter's name passed the same rule (the firewall's), and is escaped as JSON all the same
			response.getWriter().write("""
					{"type":"%s","title":"Invalid request","status":400,"detail":"The request has invalid fields.",\
					"errors":[{"field":"%s","message":"%s"}]}""".formatted(ApiProblems.VALIDATION, json(refused),
					StorableText.RULE));
			return;
		}
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private static String refusedParameter(HttpServletRequest request) {
		String contentType = request.getContentType();
		// a multipart body is parsed by the endpoint that takes it, within its own limits: only its query string here
		Map<String, String[]> parameters = contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)
				? queryParameters(request.getQueryString())
				: request.getParameterMap();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (!StorableText.isStorable(parameter.getKey())) {
				return "(a parameter's name)";
			}
			for (String value : parameter.getValue()) {
				if (!StorableText.isStorable(value)) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

	private static Map<String, String[]> queryParameters(String query) {
		Map<String, String[]> parameters = new LinkedHashMap<>();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			parameters.merge(name, new String[] { value }, (values, more) -> {
				String[] all = Arrays.copyOf(values, values.length + 1);
				all[values.length] = more[0];
				return all;
			});
		}
		return parameters;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException malformed) {
			return text; // left to the endpoint, which refuses it as any malformed parameter
		}
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			}
			else if (c < 0x20) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
