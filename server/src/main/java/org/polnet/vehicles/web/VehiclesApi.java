package org.polnet.vehicles.web;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficers;
import org.polnet.vehicles.VehicleQuery;
import org.polnet.vehicles.StolenVehicle;
import org.polnet.vehicles.StolenVehicles;
import org.polnet.vehicles.VehicleDraft;
import org.polnet.records.web.RecordApi;
import org.polnet.vehicles.VehicleStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * SMV for officers' programs: search, read (with a purpose) and report. System clients (API tokens) check vehicles
 * through FIND only ({@code find:vehicles}): the list is not open to them. A record the caller may not see answers
 * 404, as if it did not exist.
 */
@RestController
@RequestMapping("/api/v1/vehicles")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
@Tag(name = "Stolen motor vehicles (SMV)", description = "Records of stolen vehicles")
class VehiclesApi extends RecordApi<StolenVehicle, VehicleDraft, VehicleQuery> {

	private final StolenVehicles vehicles;

	private final CurrentOfficers officers;

	VehiclesApi(StolenVehicles vehicles, CurrentOfficers officers) {
		super(vehicles, officers);
		this.vehicles = vehicles;
		this.officers = officers;
	}

	@GetMapping
	@Operation(summary = "The records the caller may see, newest first; one audit entry per search")
	public VehiclePage search(@RequestParam(required = false) @Nullable String vin,
			@RequestParam(required = false) @Nullable String plate, @RequestParam(required = false) @Nullable String make,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable VehicleStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest request) {
		return VehiclePage.of(search(new VehicleQuery(vin, plate, make, country, status), page, size, request));
	}

	@PostMapping
	@Operation(summary = "Report a stolen vehicle, owned by the officer's NCB",
			description = "Only officers of the NCB of the country where the vehicle was stolen (stolenCountry) report "
					+ "it: 403 otherwise. A VIN, or a plate and its registration country, is required; 409 when the "
					+ "vehicle is already recorded as stolen.")
	public ResponseEntity<StolenVehicle> report(@RequestBody VehicleForm form, HttpServletRequest request) {
		if (form.stolenOn() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Give the date of the theft (stolenOn).");
		}
		return reported(form.draft(), request);
	}

	@PostMapping("/{id}/recovery")
	@Operation(summary = "Mark the vehicle recovered (owner NCB only): FIND no longer matches it")
	public StolenVehicle recovered(@PathVariable long id, @RequestBody(required = false) @Nullable Reason note,
			HttpServletRequest request) {
		return vehicles.markRecovered(officers.required(), id, note == null ? "" : note.text(), request.getRemoteAddr());
	}
}
