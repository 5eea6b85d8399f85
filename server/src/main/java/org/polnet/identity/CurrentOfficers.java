package org.polnet.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells other modules who is acting in the current request. */
@Component
public class CurrentOfficers {

	/** The fully signed-in officer or authenticated system client, if any. */
	public Optional<CurrentOfficer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		return authentication.getPrincipal() instanceof CurrentOfficer officer ? Optional.of(officer)
				: Optional.empty();
	}

	public CurrentOfficer required() {
		return current().orElseThrow(() -> new IllegalStateException("No signed-in officer"));
	}
}
