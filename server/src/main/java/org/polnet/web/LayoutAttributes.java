package org.polnet.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the current language (and its direction), the others to switch to, and
 * links to other pages of a list.
 */
@ControllerAdvice
class LayoutAttributes {

	private final PageLinks pageLinks;

	LayoutAttributes(PageLinks pageLinks) {
		this.pageLinks = pageLinks;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return pageLinks;
	}

	@ModelAttribute("language")
	Language language() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}
}
