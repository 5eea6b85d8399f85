package org.polnet.vehicles.web;

import java.util.List;

import org.polnet.identity.CurrentOfficers;
import org.polnet.vehicles.VehicleChecks;
import org.polnet.vehicles.VehicleFindAnswer;
import org.polnet.vehicles.VehicleFindItem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The border officer's vehicle check: type the VIN, or the plate and its country; FIND answers as it answers
 * systems (same visibility, same audit, same hits for the owner).
 */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class VehicleCheckPage {

	private final VehicleChecks checks;

	private final CurrentOfficers officers;

	VehicleCheckPage(VehicleChecks checks, CurrentOfficers officers) {
		this.checks = checks;
		this.officers = officers;
	}

	@GetMapping("/find/vehicles")
	public String form() {
		return "vehicles/check";
	}

	@PostMapping("/find/vehicles")
	public String check(@RequestParam(defaultValue = "") String vin, @RequestParam(defaultValue = "") String plate,
			@RequestParam(defaultValue = "") String registrationCountry, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "") String purpose, Model model, HttpServletRequest request) {
		VehicleFindItem item = vin.isBlank() ? VehicleFindItem.ofPlate(plate, registrationCountry)
				: VehicleFindItem.ofVin(vin);
		List<VehicleFindAnswer> answers = checks.check(officers.required(), List.of(item), limit(place),
				limit(purpose), request.getRemoteAddr());
		model.addAttribute("answer", answers.getFirst());
		model.addAttribute("vin", vin);
		model.addAttribute("plate", plate);
		model.addAttribute("registrationCountry", registrationCountry);
		model.addAttribute("place", place);
		model.addAttribute("purpose", purpose);
		return "vehicles/check";
	}

	private static String limit(String text) {
		return text.length() > 200 ? text.substring(0, 200) : text;
	}
}
