package org.polnet.web;

import java.util.Locale;

import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditQuery;
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

	private static final int RECENT_ENTRIES = 8;

	private final CurrentOfficers officers;

	private final Members members;

	private final Offices offices;

	private final AuditEntries audit;

	DashboardController(CurrentOfficers officers, Members members, Offices offices, AuditEntries audit) {
		this.officers = officers;
		this.members = members;
		this.offices = offices;
		this.audit = audit;
	}

	@GetMapping("/")
	String dashboard(Model model, Locale locale) {
		officers.current().ifPresent(officer -> {
			model.addAttribute("officer", officer);
			offices.office(officer.officeCode())
				.ifPresent(office -> model.addAttribute("officeName", office.name().in(locale)));
			// officers see what the trail holds about their own actions: an unexpected sign-in stands out
			model.addAttribute("recent", audit
				.search(new AuditQuery(officer.username(), null, null, null, null, null), 0, RECENT_ENTRIES)
				.entries());
		});
		model.addAttribute("auditCount", audit.count());
		model.addAttribute("memberCount", members.all().size());
		model.addAttribute("officeCount", offices.offices().size());
		model.addAttribute("votes", members.all().stream().mapToInt(Member::generalAssemblyVotes).sum());
		return "dashboard";
	}
}
