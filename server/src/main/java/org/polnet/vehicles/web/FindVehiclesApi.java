package org.polnet.vehicles.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CallerRateLimiter;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.vehicles.VehicleChecks;
import org.polnet.vehicles.VehicleFindAnswer;
import org.polnet.vehicles.VehicleFindItem;
import org.polnet.web.JsonExchange;
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
 * FIND for vehicles over HTTP, for border and police systems (token scope {@code find:vehicles}) and signed-in
 * officers. Every check is audited; a record the caller may not see is answered as no hit.
 */
@RestController
@RequestMapping("/api/v1/find")
@Tag(name = "FIND", description = "Real-time checks against the police databases")
class FindVehiclesApi {

	static final URI INVALID_ITEM = URI.create("urn:polnet:problem:invalid-vehicle");

	/**
	 * One vehicle (the item's fields at the top level) or a batch ({@code items}), with where and why.
	 *
	 * @param purpose "border check" when not given
	 */
	@Schema(name = "VehicleFindRequest") // FIND for documents has its own FindRequest
	record FindRequest(@Nullable List<VehicleFindItem> items, @Nullable String vin, @Nullable String plate,
			@Nullable String registrationCountry, @Size(max = 200) @Nullable String place,
			@Size(max = 200) @Nullable String purpose) {

		boolean batch() {
			return items != null;
		}

		List<VehicleFindItem> itemsToCheck() {
			return items != null ? items : List.of(new VehicleFindItem(vin, plate, registrationCountry));
		}
	}

	/** The answers of a batch, in the order of its items. */
	record BatchAnswer(List<VehicleFindAnswer> answers) {
	}

	private final VehicleChecks checks;

	private final CurrentOfficers officers;

	private final CallerRateLimiter limiter;

	private final JsonExchange json;

	FindVehiclesApi(VehicleChecks checks, CurrentOfficers officers, CallerRateLimiter limiter, JsonExchange json) {
		this.checks = checks;
		this.officers = officers;
		this.limiter = limiter;
		this.json = json;
	}

	@PostMapping("/vehicles")
	@Operation(summary = "Check one vehicle (VIN, or plate and registration country) or a batch of up to 1,000 ('items')",
			description = "Per item: hit (with what the caller may see of each matching stolen record), no-hit, or "
					+ "error (a VIN with I, O or Q or a wrong North American check digit, an unknown country…; a "
					+ "single item answers 400). Audited; a hit tells the owner office. Rate limited per caller, "
					+ "together with the other FIND checks: 429 with Retry-After. A batch answers "
					+ "{\"answers\": [...]}, in the order of its items.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json", schema = @Schema(implementation = FindRequest.class))))
	@ApiResponse(responseCode = "200", description = "The answer (a batch: one per item)",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = VehicleFindAnswer.class)))
	public @Nullable ResponseEntity<?> find(HttpServletRequest http, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		// written straight to the response, as FIND for documents (see JsonExchange)
		FindRequest request = json.read(http, FindRequest.class);
		CurrentOfficer caller = officers.required();
		List<VehicleFindItem> items = request.itemsToCheck();
		if (items.isEmpty() || items.size() > VehicleChecks.BATCH_MAX) {
			return problem(HttpStatus.BAD_REQUEST, URI.create("urn:polnet:problem:validation"), "Invalid request",
					"A batch has 1 to 1,000 items.");
		}
		Optional<ResponseEntity<ProblemDetail>> refused = limiter.refusal(caller.username(), items.size());
		if (refused.isPresent()) {
			return refused.get();
		}
		List<VehicleFindAnswer> answers = checks.check(caller, items, request.place(), request.purpose(),
				http.getRemoteAddr());
		if (request.batch()) {
			json.writeOk(response, new BatchAnswer(answers));
			return null;
		}
		VehicleFindAnswer answer = answers.getFirst();
		if (answer.failed()) {
			return problem(HttpStatus.BAD_REQUEST, INVALID_ITEM, "Vehicle not checked",
					answer.error() == null ? "" : answer.error());
		}
		json.writeOk(response, answer);
		return null;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return ResponseEntity.status(status).body(problem);
	}
}
