package org.polnet.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request body larger than {@code polnet.web.max-api-body} (1 MB by default) before anything
 * reads it: a 413 problem detail, nothing processed. Runs before security so that a flood of large bodies
 * costs nothing. Upload endpoints that take larger files declare their own limit through multipart settings.
 * The one exception: bulk imports ({@code /api/v1/imports/}) stream files of their own size limit,
 * {@code polnet.imports.max-upload}, which the imports module enforces while reading.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${polnet.web.max-api-body:1MB}") DataSize max) {
		this.maxBytes = max.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith("/api/") || path.startsWith("/api/v1/imports/")
				|| request.getContentType() != null && request.getContentType().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getWriter().write("""
					{"type":"urn:polnet:problem:body-too-large","title":"Request body too large","status":413,\
					"detail":"The request body is larger than the %d bytes this API accepts."}""".formatted(maxBytes));
			return;
		}
		chain.doFilter(request, response);
	}
}
