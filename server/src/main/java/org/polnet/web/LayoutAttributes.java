package org.polnet.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the layout needs on every page: the current language (and its direction), the others to switch to, and
 * links to other pages of a list. One method that returns at once for the API: a border system's check renders
 * no layout, and at thousands of checks a second three model methods per request were a tenth of FIND's CPU.
 */
@ControllerAdvice
class LayoutAttributes {

	private final PageLinks pageLinks;

	LayoutAttributes(PageLinks pageLinks) {
		this.pageLinks = pageLinks;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& (handler.hasMethodAnnotation(ResponseBody.class)
						|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class))) {
			return;
		}
		model.addAttribute("pageLinks", pageLinks);
		model.addAttribute("language", Language.of(LocaleContextHolder.getLocale()));
		model.addAttribute("languages", Language.values());
	}
}
