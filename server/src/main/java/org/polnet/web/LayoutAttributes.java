package org.polnet.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the current language (and its direction) and the others to switch to. */
@ControllerAdvice
class LayoutAttributes {

	@ModelAttribute("language")
	Language language() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	@ModelAttribute("languages")
	Language[] languages() {
		return Language.values();
	}
}
