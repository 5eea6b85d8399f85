package org.polnet.web;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.CurrentOfficers;
import org.polnet.members.Offices;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the layout needs on every page: who is signed in (null before sign-in) and their office named in the page's
 * language, the current language (and its direction), the others to switch to, and links to other pages of a list.
 * <p>
 * Added after the handler, to the pages only, rather than by {@code @ModelAttribute} methods: those run before
 * every handler, the API's too, and at FIND's thousands of checks a second they cost more than the check.
 */
@Component
class LayoutAttributes implements HandlerInterceptor {

	private final PageLinks pageLinks;

	private final CurrentOfficers officers;

	private final Offices offices;

	LayoutAttributes(PageLinks pageLinks, CurrentOfficers officers, Offices offices) {
		this.pageLinks = pageLinks;
		this.officers = officers;
		this.offices = offices;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || isRedirect(page)) {
			return; // an API answer, or a redirect whose URL must not carry the model
		}
		Locale locale = LocaleContextHolder.getLocale();
		Optional<CurrentOfficer> officer = officers.current();
		page.addObject("currentOfficer", officer.orElse(null));
		// the officer record keeps the English name
		page.addObject("currentOfficeName", officer
			.map(current -> offices.office(current.officeCode()).map(office -> office.name().in(locale)).orElse(current.officeName()))
			.orElse(null));
		page.addObject("pageLinks", pageLinks);
		page.addObject("language", Language.of(locale));
		page.addObject("languages", Language.values());
	}

	private static boolean isRedirect(ModelAndView page) {
		String name = page.getViewName();
		return page.getView() instanceof RedirectView
				|| name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
	}
}
