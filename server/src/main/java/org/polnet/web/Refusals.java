package org.polnet.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.RefusedException;
import org.polnet.refusals.TooLargeException;
import org.polnet.refusals.UnsupportedContentException;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where a domain refusal becomes an HTTP status: the API answers it as a problem detail
 * ({@link ApiProblems}), a page with the error page in the reader's language (this resolver, after the API's own
 * handlers, sends the status to Spring Boot's error page).
 */
public final class Refusals implements HandlerExceptionResolver {

	Refusals() {
	}

	/** The status of a refusal, for a page that answers it itself. */
	public static HttpStatus status(RefusedException refused) {
		return switch (refused) {
			case NotFoundException notFound -> HttpStatus.NOT_FOUND;
			case NotAllowedException notAllowed -> HttpStatus.FORBIDDEN;
			case InvalidInputException invalid -> HttpStatus.BAD_REQUEST;
			case ConflictException conflict -> HttpStatus.CONFLICT;
			case TooLargeException tooLarge -> HttpStatus.CONTENT_TOO_LARGE;
			case UnsupportedContentException unsupported -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		};
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!(ex instanceof RefusedException refused)) {
			return null;
		}
		try {
			response.sendError(status(refused).value(), refused.getMessage());
		}
		catch (IOException e) {
			return null;
		}
		return new ModelAndView();
	}
}
