package org.polnet.members.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.members.Member;
import org.polnet.members.Members;
import org.polnet.members.Office;
import org.polnet.members.Offices;
import org.polnet.members.Region;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

/** Pages of member countries and offices, names in the page's language. */
@Controller
class MemberPages {

	private final Members members;

	private final Offices offices;

	MemberPages(Members members, Offices offices) {
		this.members = members;
		this.offices = offices;
	}

	/**
	 * The list, searched and filtered. A live search by htmx gets the results table only; a plain form
	 * submission (no JavaScript) and htmx's history restore get the whole page.
	 */
	@GetMapping("/members")
	String members(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String region,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			Locale locale, Model model, HttpServletResponse response) {
		Region wanted = Region.parse(region).orElse(null);
		String code = q.strip();
		List<Member> found = members.search(q, wanted)
			.stream()
			.sorted(Comparator.comparing((Member member) -> !(member.iso2().equalsIgnoreCase(code)
					|| member.iso3().equalsIgnoreCase(code)))
				.thenComparing(member -> member.name().in(locale), Collator.getInstance(locale)))
			.toList();
		model.addAttribute("q", q);
		model.addAttribute("region", wanted);
		model.addAttribute("regions", Region.values());
		model.addAttribute("members", found);
		model.addAttribute("total", members.all().size());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		return htmx != null && historyRestore == null ? "members/list :: results" : "members/list";
	}

	@GetMapping("/members/{iso3}")
	String member(@PathVariable String iso3, Model model) {
		Member member = members.byIso3(iso3).orElseThrow(MemberPages::notFound);
		model.addAttribute("member", member);
		model.addAttribute("ncb", offices.ncbOf(member.iso3()).orElseThrow());
		model.addAttribute("bureau", offices.bureauServing(member.iso3()).orElse(null));
		return "members/member";
	}

	@GetMapping("/offices")
	String offices(Locale locale, Model model) {
		Collator collator = Collator.getInstance(locale);
		model.addAttribute("offices",
				offices.offices().stream().filter(office -> !office.isNationalCentralBureau()).toList());
		model.addAttribute("ncbs",
				offices.offices()
					.stream()
					.filter(Office::isNationalCentralBureau)
					.sorted(Comparator.comparing(office -> office.name().in(locale), collator))
					.toList());
		return "members/offices";
	}

	@GetMapping("/offices/{code}")
	String office(@PathVariable String code, Locale locale, Model model) {
		Office office = offices.office(code).orElseThrow(MemberPages::notFound);
		model.addAttribute("office", office);
		model.addAttribute("country", members.byIso3(office.countryIso3()).orElseThrow());
		model.addAttribute("served",
				office.serves()
					.stream()
					.flatMap(iso3 -> members.byIso3(iso3).stream())
					.sorted(Comparator.comparing(member -> member.name().in(locale), Collator.getInstance(locale)))
					.toList());
		return "members/office";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
