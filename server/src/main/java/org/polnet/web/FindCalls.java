package org.polnet.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.ratelimit.CallerRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How every FIND API answers a call, whatever the database: one item or a batch of 1 to {@code batchMax}, the
 * caller's rate limit (429 with Retry-After), then either the item's answer, the batch's answers in order
 * ({@code {"answers": [...]}}), or a 400 problem for a single item that could not be checked. Answers are written
 * straight to the response ({@link JsonExchange}); refusals are returned, as problem details, to be answered by
 * Spring MVC.
 */
@Component
public class FindCalls {

	private static final URI INVALID_REQUEST = URI.create("urn:polnet:problem:validation");

	private static final URI RATE_LIMITED = URI.create("urn:polnet:problem:rate-limited");

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
	 * @param check      checks the items for the caller, one answer per item, in order (audited by the database's
	 *                   module)
	 * @param notChecked the problem of a single item's answer that is an error, or null when it was checked
	 * @return null when an answer was written, else the refusal to answer with
	 */
	public <I, A> @Nullable ResponseEntity<ProblemDetail> answer(List<I> items, boolean batch, int batchMax,
			BiFunction<CurrentOfficer, List<I>, List<A>> check, Function<A, @Nullable ProblemDetail> notChecked,
			HttpServletResponse response) throws IOException {
		CurrentOfficer caller = officers.required();
		if (items.isEmpty() || items.size() > batchMax) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
						"A batch has 1 to " + String.format(Locale.ROOT, "%,d", batchMax) + " items."));
		}
		Optional<Duration> wait = limiter.take(caller.username(), items.size());
		if (wait.isPresent()) {
			return rateLimited(wait.get());
		}
		List<A> answers = check.apply(caller, items);
		if (batch) {
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

	/** A 429 problem with {@code Retry-After} in whole seconds. */
	private static ResponseEntity<ProblemDetail> rateLimited(Duration wait) {
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
