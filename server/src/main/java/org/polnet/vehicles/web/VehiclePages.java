package org.polnet.vehicles.web;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.access.Purposes;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.vehicles.VehicleQuery;
import org.polnet.vehicles.StolenVehicle;
import org.polnet.vehicles.StolenVehicles;
import org.polnet.vehicles.VehicleStatus;
import org.polnet.vehicles.VehicleType;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.NotAllowedException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.RefusedException;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The SMV pages: search the records the officer may see, report a stolen vehicle, read a record (after stating
 * why), amend it, mark it recovered or withdraw it. Handler methods are public so that method security guards each.
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class VehiclePages {

	static final int PAGE_SIZE = 25;

	private final StolenVehicles vehicles;

	private final CurrentOfficers officers;

	VehiclePages(StolenVehicles vehicles, CurrentOfficers officers) {
		this.vehicles = vehicles;
		this.officers = officers;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("types", VehicleType.values());
		model.addAttribute("statuses", VehicleStatus.values());
		model.addAttribute("classifications", Clearance.values());
		model.addAttribute("scopes", AccessScope.values());
		model.addAttribute("purposes", Purposes.CHOICES);
	}

	@GetMapping("/vehicles")
	public String list(@RequestParam(required = false) @Nullable String vin,
			@RequestParam(required = false) @Nullable String plate, @RequestParam(required = false) @Nullable String make,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable VehicleStatus status, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletRequest request) {
		VehicleQuery query = new VehicleQuery(vin, plate, make, country, status);
		model.addAttribute("search", query);
		model.addAttribute("results", vehicles.search(officers.required(), query, page, PAGE_SIZE, request.getRemoteAddr()));
		return "vehicles/list";
	}

	@GetMapping("/vehicles/new")
	public String newForm(Model model) {
		model.addAttribute("form", VehicleForm.blank(officers.required().ncbCountry()));
		return "vehicles/form";
	}

	@PostMapping("/vehicles")
	public String create(@ModelAttribute("form") VehicleForm form, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			StolenVehicle created = vehicles.report(officers.required(), form.report(), request.getRemoteAddr());
			return "redirect:/vehicles/" + created.id() + "?purpose=verification&saved";
		}
		catch (RefusedException refused) {
			return formWithError(model, response, refused, null);
		}
	}

	@GetMapping("/vehicles/{id}")
	public String record(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose,
			@RequestParam(required = false) @Nullable String other, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		String stated = Purposes.stated(purpose, other);
		model.addAttribute("id", id);
		if (stated == null) {
			model.addAttribute("purposeMissing", purpose != null);
			return "vehicles/purpose";
		}
		StolenVehicle vehicle = vehicles.view(officer, id, stated, request.getRemoteAddr());
		model.addAttribute("vehicle", vehicle);
		model.addAttribute("history", vehicles.history(officer, id));
		model.addAttribute("mayChange", vehicles.mayChange(officer, vehicle));
		return "vehicles/record";
	}

	@GetMapping("/vehicles/{id}/edit")
	public String editForm(@PathVariable long id, Model model, HttpServletRequest request) {
		CurrentOfficer officer = officers.required();
		StolenVehicle vehicle = vehicles.view(officer, id, "amendment", request.getRemoteAddr());
		if (!vehicles.mayChange(officer, vehicle)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("form", VehicleForm.of(vehicle));
		model.addAttribute("id", id);
		return "vehicles/form";
	}

	@PostMapping("/vehicles/{id}")
	public String amend(@PathVariable long id, @ModelAttribute("form") VehicleForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			vehicles.amend(officers.required(), id, form.report(), request.getRemoteAddr());
			return "redirect:/vehicles/" + id + "?purpose=verification&saved";
		}
		catch (RefusedException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			return formWithError(model, response, refused, id);
		}
	}

	@PostMapping("/vehicles/{id}/recovered")
	public String recovered(@PathVariable long id, @RequestParam(defaultValue = "") String note,
			HttpServletRequest request) {
		vehicles.markRecovered(officers.required(), id, note, request.getRemoteAddr());
		return "redirect:/vehicles/" + id + "?purpose=verification&saved";
	}

	@PostMapping("/vehicles/{id}/withdraw")
	public String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			HttpServletRequest request) {
		if (reason.isBlank()) {
			return "redirect:" + UriComponentsBuilder.fromPath("/vehicles/{id}")
				.queryParam("purpose", "verification")
				.queryParam("reasonMissing")
				.buildAndExpand(id)
				.toUriString();
		}
		vehicles.withdraw(officers.required(), id, reason, request.getRemoteAddr());
		return "redirect:/vehicles/" + id + "?purpose=verification&saved";
	}

	/** The form again, with the officer's values, a message in their language, and the refusal's status. */
	private static String formWithError(Model model, HttpServletResponse response, RefusedException refused,
			@Nullable Long id) {
		response.setStatus(switch (refused) {
			case NotAllowedException notAllowed -> 403;
			case ConflictException conflict -> 409;
			default -> 400;
		});
		model.addAttribute("id", id);
		model.addAttribute("error", switch (refused) {
			case NotAllowedException notAllowed -> "vehicles.error.notStolenCountry";
			case ConflictException conflict -> "vehicles.error.duplicate";
			default -> "vehicles.error.invalid";
		});
		model.addAttribute("errorDetail", refused.getMessage());
		return "vehicles/form";
	}
}
