package org.polnet.mind.web;

import org.polnet.mind.MindKeys;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What MIND is, the signing key's fingerprint, and the downloads an NCB needs to equip offline devices. */
@Controller
@PreAuthorize("!hasRole('SYSTEM_CLIENT')")
class MindPage {

	private final MindKeys keys;

	private final CurrentOfficers officers;

	MindPage(MindKeys keys, CurrentOfficers officers) {
		this.keys = keys;
		this.officers = officers;
	}

	@GetMapping("/mind")
	public String page(Model model) {
		CurrentOfficer officer = officers.required();
		model.addAttribute("fingerprint", keys.fingerprint());
		model.addAttribute("office", officer.officeCode());
		// the same rule as the download endpoint: NCB officers fetch their own office's package
		model.addAttribute("mayDownload", officer.roles().contains(Role.NCB_OFFICER));
		return "mind/mind";
	}
}
