package org.polnet.identity.web;

import java.util.List;

import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.officers.Accounts;
import org.polnet.identity.secondfactor.Passkeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** The officer's own account: details, password change and passkeys (registered by {@link PasskeyController}). */
@Controller
@RequestMapping("/account")
class AccountController {

	private final Accounts accounts;

	private final CurrentOfficers officers;

	private final Passkeys passkeys;

	AccountController(Accounts accounts, CurrentOfficers officers, Passkeys passkeys) {
		this.accounts = accounts;
		this.officers = officers;
		this.passkeys = passkeys;
	}

	@GetMapping
	String account(Model model) {
		model.addAttribute("account", accounts.me(officers.required()));
		model.addAttribute("passkeys", passkeys.of(officers.required()));
		return "identity/account";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam String current, @RequestParam String chosen, @RequestParam String repeated,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		List<String> problems = accounts.changePassword(officers.required(), current, chosen, repeated,
				request.getSession().getId(), request.getRemoteAddr());
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("changed", true);
			return "redirect:/account";
		}
		model.addAttribute("problems", problems);
		return account(model);
	}
}
