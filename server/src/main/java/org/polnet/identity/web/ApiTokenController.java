package org.polnet.identity.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.polnet.identity.ApiScope;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.Role;
import org.polnet.identity.administration.ApiTokenAdministration;
import org.polnet.identity.administration.IssuedApiToken;
import org.polnet.identity.tokens.ApiToken;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Office administrators manage their systems' API tokens. An NCB administrator sees and revokes only the own
 * office's tokens; trying another office's is answered 403 and audited (by ApiTokenAdministration).
 */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasAnyRole('NCB_ADMIN','GS_ADMIN')")
class ApiTokenController {

	private final ApiTokenAdministration administration;

	private final CurrentOfficers officers;

	ApiTokenController(ApiTokenAdministration administration, CurrentOfficers officers) {
		this.administration = administration;
		this.officers = officers;
	}

	@ModelAttribute("allOffices")
	boolean allOffices() {
		return officers.current().map(officer -> officer.has(Role.GS_ADMIN)).orElse(false);
	}

	@GetMapping
	String list(Model model) {
		CurrentOfficer admin = officers.required();
		var now = administration.now();
		List<TokenRow> rows = administration.visibleTo(admin).stream().map(token -> TokenRow.of(token, now)).toList();
		model.addAttribute("rows", rows);
		return "identity/tokens/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		ApiTokenForm form = new ApiTokenForm();
		form.setOfficeCode(officers.required().officeCode());
		model.addAttribute("form", form);
		return showForm(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") ApiTokenForm form, BindingResult errors, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) { // a value of the wrong shape, e.g. a date that is no date
			return showForm(model);
		}
		// a missing date is refused like a wrong one, so that every field's problem shows at once
		LocalDate expiresOn = form.getExpiresOn() == null ? LocalDate.EPOCH : form.getExpiresOn();
		IssuedApiToken issued;
		try {
			issued = administration.create(officers.required(), form.toRequest(expiresOn));
		}
		catch (ApiTokenAdministration.InvalidRequest invalid) {
			invalid.problems().forEach(problem -> errors.rejectValue(problem.field(), problem.messageKey()));
			return showForm(model);
		}
		// the secret is on this page only: no browser or proxy may keep a copy
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("row", TokenRow.of(issued.token(), administration.now()));
		model.addAttribute("secret", issued.secret());
		return "identity/tokens/created";
	}

	@GetMapping("/{id}/revoke")
	String confirmRevoke(@PathVariable long id, Model model) {
		ApiToken token = administration.manageable(officers.required(), id, "identity.token.revoke")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("row", TokenRow.of(token, administration.now()));
		return "identity/tokens/revoke";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		CurrentOfficer admin = officers.required();
		ApiToken token = administration.manageable(admin, id, "identity.token.revoke")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		administration.revoke(admin, id);
		redirect.addFlashAttribute("revoked", token.name());
		return "redirect:/admin/tokens";
	}

	private String showForm(Model model) {
		boolean generalSecretariat = officers.required().has(Role.GS_ADMIN);
		model.addAttribute("allScopes", Arrays.stream(ApiScope.values())
			.filter(scope -> generalSecretariat || !scope.generalSecretariatOnly())
			.toList());
		model.addAttribute("earliestExpiry", administration.today().plusDays(1));
		model.addAttribute("latestExpiry", administration.latestExpiry());
		return "identity/tokens/new";
	}
}
