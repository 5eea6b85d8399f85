package org.polnet.vehicles.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.vehicles.VehicleChecks;
import org.polnet.vehicles.VehicleFindAnswer;
import org.polnet.vehicles.VehicleFindItem;
import org.polnet.find.web.FindCalls;
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
			@Size(max = 200) @Nullable String purpose) implements FindCalls.Request<VehicleFindItem> {

		@Override
		public boolean batch() {
			return items != null;
		}

		@Override
		public List<@Nullable VehicleFindItem> itemsToCheck() {
			return items != null ? items : List.of(new VehicleFindItem(vin, plate, registrationCountry));
		}
	}

	private final VehicleChecks checks;

	private final FindCalls calls;

	FindVehiclesApi(VehicleChecks checks, FindCalls calls) {
		this.checks = checks;
		this.calls = calls;
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
		return calls.answer(http, response, FindRequest.class, checks::check, FindVehiclesApi::notChecked);
	}

	/** A single vehicle not checked (a VIN with I, O or Q, an unknown country...): 400. */
	private static @Nullable ProblemDetail notChecked(VehicleFindAnswer answer) {
		return answer.failed() ? FindCalls.problem(HttpStatus.BAD_REQUEST, INVALID_ITEM, "Vehicle not checked",
				answer.error() == null ? "" : answer.error()) : null;
	}
}
