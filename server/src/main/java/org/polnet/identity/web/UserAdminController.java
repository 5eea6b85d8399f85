package org.polnet.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.Role;
import org.polnet.identity.administration.NewUser;
import org.polnet.identity.administration.OfficerAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** User administration: NCB administrators for their own office, GS administrators for every office. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('NCB_ADMIN', 'GS_ADMIN')")
class UserAdminController {

	private final OfficerAdministration administration;

	private final CurrentOfficers officers;

	UserAdminController(OfficerAdministration administration, CurrentOfficers officers) {
		this.administration = administration;
		this.officers = officers;
	}

	@GetMapping
	String users(@RequestParam(required = false) @Nullable String office, Model model, HttpServletRequest request) {
		CurrentOfficer admin = officers.required();
		String shown = office == null || office.isBlank() ? admin.officeCode() : office;
		model.addAttribute("office", shown);
		model.addAttribute("offices", administration.officesFor(admin));
		model.addAttribute("users", administration.users(admin, shown, request.getRemoteAddr()));
		return "identity/users";
	}

	@GetMapping("/new")
	String newUser(@RequestParam(required = false) @Nullable String office, Model model) {
		CurrentOfficer admin = officers.required();
		model.addAttribute("form", new NewUser("", "", office == null ? admin.officeCode() : office,
				EnumSet.noneOf(Role.class), Clearance.FOR_OFFICIAL_USE_ONLY, ""));
		return newUserPage(admin, model);
	}

	@PostMapping
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String officeCode,
			@RequestParam(required = false) @Nullable Set<Role> roles, @RequestParam Clearance clearance,
			@RequestParam String password, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		CurrentOfficer admin = officers.required();
		NewUser form = new NewUser(username, displayName, officeCode,
				roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), clearance, password);
		List<String> problems = administration.create(admin, form, request.getRemoteAddr());
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			model.addAttribute("form", new NewUser(username, displayName, officeCode, form.roles(), clearance, ""));
			return newUserPage(admin, model);
		}
		redirect.addFlashAttribute("done", "identity.admin.created");
		return "redirect:/admin/users?office=" + officeCode;
	}

	@GetMapping("/{id}")
	String user(@PathVariable long id, Model model, HttpServletRequest request) {
		CurrentOfficer admin = officers.required();
		model.addAttribute("user", administration.user(admin, id, request.getRemoteAddr()));
		model.addAttribute("grantable", administration.grantableRoles(admin));
		model.addAttribute("clearances", Clearance.values());
		return "identity/user";
	}

	@PostMapping("/{id}/access")
	String changeAccess(@PathVariable long id, @RequestParam(required = false) @Nullable Set<Role> roles,
			@RequestParam Clearance clearance, HttpServletRequest request, RedirectAttributes redirect) {
		administration.changeAccess(officers.required(), id, roles == null ? Set.of() : roles, clearance,
				request.getRemoteAddr());
		return done(id, "identity.admin.accessChanged", redirect);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, HttpServletRequest request,
			RedirectAttributes redirect) {
		administration.setEnabled(officers.required(), id, enabled, request.getRemoteAddr());
		return done(id, enabled ? "identity.admin.enabledDone" : "identity.admin.disabledDone", redirect);
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		administration.resetSecondFactor(officers.required(), id, request.getRemoteAddr());
		return done(id, "identity.admin.secondFactorReset", redirect);
	}

	@PostMapping("/{id}/sessions/end")
	String endSessions(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		administration.endSessions(officers.required(), id, request.getRemoteAddr());
		return done(id, "identity.admin.sessionsEnded", redirect);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		administration.unlock(officers.required(), id, request.getRemoteAddr());
		return done(id, "identity.admin.unlocked", redirect);
	}

	private String newUserPage(CurrentOfficer admin, Model model) {
		model.addAttribute("offices", administration.officesFor(admin));
		model.addAttribute("grantable", administration.grantableRoles(admin));
		model.addAttribute("clearances", Clearance.values());
		return "identity/user-new";
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("done", message);
		return "redirect:/admin/users/" + id;
	}
}
