package org.polnet.identity.web;

import java.util.Map;

import org.polnet.identity.CurrentOfficers;
import org.polnet.identity.secondfactor.SecondFactorSignIn.Step;
import org.polnet.identity.secondfactor.Passkeys;
import org.polnet.identity.secondfactor.SecondFactorSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Passkeys: registering and removing them on the account page, and using one instead of the code at the second
 * factor. The ceremonies are JSON exchanges with the page's script (which calls the browser's WebAuthn API);
 * removing is a plain form.
 */
@Controller
class PasskeyController {

	private final Passkeys passkeys;

	private final SecondFactorSignIn secondFactor;

	private final CurrentOfficers officers;

	private final RequestCache requestCache;

	PasskeyController(Passkeys passkeys, SecondFactorSignIn secondFactor, CurrentOfficers officers,
			RequestCache requestCache) {
		this.passkeys = passkeys;
		this.secondFactor = secondFactor;
		this.officers = officers;
		this.requestCache = requestCache;
	}

	@PostMapping(path = "/account/passkeys/options", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String registrationOptions(Authentication signedIn, HttpServletRequest request) {
		return passkeys.registrationOptions(signedIn, officers.required(), request.getSession());
	}

	@PostMapping(path = "/account/passkeys", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> register(@RequestBody String body, HttpServletRequest request) {
		return passkeys.register(officers.required(), body, request.getSession(), request.getRemoteAddr())
			.<ResponseEntity<Map<String, Object>>>map(
					passkey -> ResponseEntity.ok(Map.of("success", true, "label", passkey.label())))
			.orElseGet(() -> ResponseEntity.badRequest().body(Map.of("success", false)));
	}

	@PostMapping("/account/passkeys/{id}/delete")
	String remove(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		if (passkeys.remove(officers.required(), id, request.getRemoteAddr())) {
			redirect.addFlashAttribute("passkeyRemoved", true);
		}
		return "redirect:/account";
	}

	@PostMapping(path = "/login/second-factor/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<String> signInOptions(Authentication pending, HttpServletRequest request) {
		return secondFactor.passkeyOptions(pending, request)
			.map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	/** Where the page goes next: the page asked for once signed in, the form again after a refusal. */
	@PostMapping(path = "/login/second-factor/passkey", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> signIn(Authentication pending, @RequestBody String body,
			HttpServletRequest request, HttpServletResponse response) {
		if (secondFactor.completeWithPasskey(pending, body, request, response)) {
			SavedRequest asked = requestCache.getRequest(request, response);
			requestCache.removeRequest(request, response);
			return ResponseEntity.ok(Map.of("redirect", asked == null ? "/" : asked.getRedirectUrl()));
		}
		if (secondFactor.next(pending) == Step.START_AGAIN) {
			// locked by this failure (or disabled meanwhile): drop the partial sign-in, back to the password
			SecurityContextHolder.clearContext();
			request.getSession().invalidate();
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("redirect", "/login?error"));
		}
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("redirect", "/login/second-factor?error"));
	}
}
