package org.polnet.find.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.polnet.find.CallerRateLimiter;
import org.polnet.find.FindChecks;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How every FIND API answers a call, whatever the database: reads the request ({@link JsonExchange}), one item or
 * a batch of 1 to {@link FindChecks#BATCH_MAX}, applies the caller's rate limit (429 with Retry-After), has the
 * database check the items, then writes either the item's answer, the batch's answers in order
 * ({@code {"answers": [...]}}), or a 400 problem for a single item that could not be checked. Answers are written
 * straight to the response; refusals are returned, as problem details, to be answered by Spring MVC.
 */
@Component
public class FindCalls {

	private static final URI INVALID_REQUEST = URI.create("urn:polnet:problem:validation");

	private static final URI RATE_LIMITED = URI.create("urn:polnet:problem:rate-limited");

	/** A FIND request: one item (its fields at the top level) or a batch ({@code items}), with where and why. */
	public interface Request<I> {

		/** Whether the caller sent a batch, answered as {@code {"answers": [...]}} even with one item. */
		boolean batch();

		List<@Nullable I> itemsToCheck();

		@Nullable String place();

		@Nullable String purpose();
	}

	/** How a database checks items for a caller: its answers, one per item, in order, audited. */
	@FunctionalInterface
	public interface Check<I, A> {

		List<A> check(CurrentOfficer caller, List<@Nullable I> items, @Nullable String place, @Nullable String purpose,
				@Nullable String clientAddress);
	}

	/** The answers of a batch, in the order of its items. */
	public record BatchAnswer<A>(List<A> answers) {
	}

	private final CurrentOfficers officers;

	private final CallerRateLimiter limiter;

	private final JsonExchange json;

	FindCalls(CurrentOfficers officers, CallerRateLimiter limiter, JsonExchange json) {
		this.officers = officers;
		this.limiter = limiter;
		this.json = json;
	}

	/**
	 * Reads a request of {@code requestType}, checks its items and answers.
	 *
	 * @param notChecked the problem of a single item's answer that is an error, or null when it was checked
	 * @return null when an answer was written, else the refusal to answer with
	 * @throws HttpMediaTypeNotSupportedException when the body is not JSON (see {@link JsonExchange#read})
	 */
	public <I, A> @Nullable ResponseEntity<ProblemDetail> answer(HttpServletRequest http, HttpServletResponse response,
			Class<? extends Request<I>> requestType, Check<I, A> check, Function<A, @Nullable ProblemDetail> notChecked)
			throws IOException, HttpMediaTypeNotSupportedException {
		Request<I> request = json.read(http, requestType);
		CurrentOfficer caller = officers.required();
		List<@Nullable I> items = request.itemsToCheck();
		if (items.isEmpty() || items.size() > FindChecks.BATCH_MAX) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
						"A batch has 1 to " + String.format(Locale.ROOT, "%,d", FindChecks.BATCH_MAX) + " items."));
		}
		Optional<Duration> wait = limiter.take(caller.username(), items.size());
		if (wait.isPresent()) {
			return tooManyChecks(wait.get());
		}
		List<A> answers = check.check(caller, items, request.place(), request.purpose(), http.getRemoteAddr());
		if (request.batch()) {
			json.writeOk(response, new BatchAnswer<>(answers));
			return null;
		}
		ProblemDetail problem = notChecked.apply(answers.getFirst());
		if (problem != null) {
			return ResponseEntity.status(problem.getStatus()).body(problem);
		}
		json.writeOk(response, answers.getFirst());
		return null;
	}

	/** 429, with {@code Retry-After} in whole seconds. */
	private static ResponseEntity<ProblemDetail> tooManyChecks(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Rate limit exceeded",
					"Too many checks for this caller: retry in " + seconds + " s."));
	}

	/** A problem detail with its type, title and detail. */
	public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
