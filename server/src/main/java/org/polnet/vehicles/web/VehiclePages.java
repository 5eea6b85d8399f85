package org.polnet.vehicles.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.records.web.RecordPages;
import org.polnet.vehicles.StolenVehicle;
import org.polnet.vehicles.StolenVehicles;
import org.polnet.vehicles.VehicleDraft;
import org.polnet.vehicles.VehicleQuery;
import org.polnet.vehicles.VehicleStatus;
import org.polnet.vehicles.VehicleType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/** The SMV pages (the shared record pages, with SMV's search filters and fields), and marking a vehicle recovered. */
@Controller
@RequestMapping("/vehicles")
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class VehiclePages extends RecordPages<StolenVehicle, VehicleDraft, VehicleQuery, VehicleForm> {

	private final StolenVehicles vehicles;

	VehiclePages(StolenVehicles vehicles, CurrentOfficers officers) {
		super(vehicles, officers, Map.of("types", VehicleType.values(), "statuses", VehicleStatus.values()));
		this.vehicles = vehicles;
	}

	@GetMapping
	public String list(@RequestParam(required = false) @Nullable String vin,
			@RequestParam(required = false) @Nullable String plate, @RequestParam(required = false) @Nullable String make,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable VehicleStatus status, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		return list(new VehicleQuery(vin, plate, make, country, status), page, model, request);
	}

	@PostMapping("/{id}/recovered")
	public String recovered(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			HttpServletRequest request) {
		vehicles.markRecovered(officer(), id, note, request.getRemoteAddr());
		return saved(id);
	}

	@Override
	protected @Nullable String recoverAction() {
		return "recovered";
	}

	@Override
	protected VehicleForm blankForm(CurrentOfficer officer) {
		return VehicleForm.blank(officer.ncbCountry());
	}

	@Override
	protected VehicleForm formOf(StolenVehicle vehicle) {
		return VehicleForm.of(vehicle);
	}
}
