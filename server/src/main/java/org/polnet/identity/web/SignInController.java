package org.polnet.identity.web;

import org.polnet.identity.secondfactor.SecondFactorSignIn.Step;
import org.polnet.identity.secondfactor.SecondFactorSignIn;
import org.polnet.identity.signin.OidcSignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signing in: the banner and password form, then the second factor (enrolment at the first sign-in). */
@Controller
class SignInController {

	private final SecondFactorSignIn secondFactor;

	private final RequestCache requestCache;

	private final OidcSignIn oidcSignIn;

	SignInController(SecondFactorSignIn secondFactor, RequestCache requestCache, OidcSignIn oidcSignIn) {
		this.secondFactor = secondFactor;
		this.requestCache = requestCache;
		this.oidcSignIn = oidcSignIn;
	}

	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("providers", oidcSignIn.providers());
		return "identity/login";
	}

	@GetMapping("/login/second-factor")
	String secondFactor(Authentication pending, Model model, HttpServletRequest request) {
		Step step = secondFactor.next(pending);
		return switch (step) {
			case ENROL -> {
				secondFactor.enrolment(pending).ifPresent(enrolment -> model.addAttribute("enrolment", enrolment));
				yield "identity/enrol";
			}
			case ENTER_CODE -> {
				model.addAttribute("passkey", secondFactor.passkeyOffered(pending));
				yield "identity/second-factor";
			}
			case START_AGAIN -> startAgain(request);
		};
	}

	@PostMapping("/login/second-factor")
	String checkCode(Authentication pending, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response) {
		if (secondFactor.complete(pending, code, request, response)) {
			// to the page asked for before signing in, if any
			SavedRequest asked = requestCache.getRequest(request, response);
			requestCache.removeRequest(request, response);
			return asked == null ? "redirect:/" : "redirect:" + asked.getRedirectUrl();
		}
		if (secondFactor.next(pending) == Step.START_AGAIN) {
			return startAgain(request);
		}
		return "redirect:/login/second-factor?error";
	}

	/** The account was locked or disabled meanwhile: drop the partial sign-in, back to the password. */
	private static String startAgain(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/login?error";
	}
}
