package org.polnet.web;

import java.util.Locale;

import org.polnet.identity.CurrentOfficers;
import org.polnet.members.Member;
import org.polnet.members.Members;
import org.polnet.members.Offices;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page an officer lands on after signing in: who they are, and the organisation at a glance. */
@Controller
class DashboardController {

	private final CurrentOfficers officers;

	private final Members members;

	private final Offices offices;

	DashboardController(CurrentOfficers officers, Members members, Offices offices) {
		this.officers = officers;
		this.members = members;
		this.offices = offices;
	}

	@GetMapping("/")
	String dashboard(Model model, Locale locale) {
		officers.current().ifPresent(officer -> {
			model.addAttribute("officer", officer);
			offices.office(officer.officeCode())
				.ifPresent(office -> model.addAttribute("officeName", office.name().in(locale)));
		});
		model.addAttribute("memberCount", members.all().size());
		model.addAttribute("officeCount", offices.offices().size());
		model.addAttribute("votes", members.all().stream().mapToInt(Member::generalAssemblyVotes).sum());
		return "dashboard";
	}
}
