package org.polnet.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request body larger than {@code polnet.web.max-api-body} (1 MB by default): a 413 problem detail,
 * nothing processed. A body that declares its length is refused before anything reads it; one sent in chunks,
 * without a length, is counted as it is read and refused at the limit, whoever reads it. Runs before security so that a flood of large bodies
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
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
			// the container reads no more than the declared length, and without a length or chunks there is no
			// body: nothing to count (FIND's calls take this way)
			chain.doFilter(request, response);
			return;
		}
		// no length (a chunked body): count the bytes as they are read, and stop at the limit
		CountedRequest counted = new CountedRequest(request, maxBytes);
		try {
			chain.doFilter(counted, response);
		}
		catch (ServletException | IOException | RuntimeException failure) {
			if (!counted.exceeded()) {
				throw failure;
			}
		}
		if (counted.exceeded() && !response.isCommitted()) {
			// whatever the reader made of the cut body (a 400, an error), the answer is that it was too large
			response.reset();
			refuse(response);
		}
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// the rest of the body is not read: the connection cannot be reused
		response.setHeader("Connection", "close");
		response.getWriter().write("""
				{"type":"urn:polnet:problem:body-too-large","title":"Request body too large","status":413,\
				"detail":"The request body is larger than the %d bytes this API accepts."}""".formatted(maxBytes));
	}

	/** Reading the body failed at the limit; {@link ApiProblems} answers whoever reads it with the 413. */
	static final class BodyTooLarge extends IOException {

		final long maxBytes;

		BodyTooLarge(long maxBytes) {
			super("The request body is larger than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}
	}

	/** A request whose body fails to read past {@code maxBytes}, and remembers that it did. */
	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final long maxBytes;

		private @Nullable ServletInputStream counted;

		private volatile boolean exceeded;

		CountedRequest(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		boolean exceeded() {
			return exceeded;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountedStream(super.getInputStream());
			}
			return counted;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
		}

		private final class CountedStream extends ServletInputStream {

			private final ServletInputStream body;

			private long read;

			CountedStream(ServletInputStream body) {
				this.body = body;
			}

			@Override
			public int read() throws IOException {
				int b = body.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = body.read(buffer, offset, length);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(int n) throws IOException {
				read += n;
				if (read > maxBytes) {
					exceeded = true;
					throw new BodyTooLarge(maxBytes);
				}
			}

			@Override
			public boolean isFinished() {
				return body.isFinished();
			}

			@Override
			public boolean isReady() {
				return body.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				body.setReadListener(listener);
			}
		}
	}
}
