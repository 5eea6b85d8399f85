package org.polnet.identity.signin;

import java.time.Clock;
import java.util.Optional;

import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.officers.OfficeDirectory;
import org.polnet.identity.officers.Officer;
import org.polnet.identity.officers.Officers;
import org.springframework.stereotype.Component;

/** Officers who may sign in through an external OpenID Connect provider: registered, enabled, not locked. */
@Component
class RegisteredOfficerLookup implements OfficerLookup {

	private final Officers officers;

	private final OfficeDirectory offices;

	private final Clock clock;

	RegisteredOfficerLookup(Officers officers, OfficeDirectory offices, Clock clock) {
		this.officers = officers;
		this.offices = offices;
		this.clock = clock;
	}

	@Override
	public Optional<CurrentOfficer> enabledOfficer(String username) {
		return officers.byUsername(username)
			.filter(Officer::enabled)
			.filter(officer -> !officer.lockedAt(clock.instant()))
			.map(officer -> officer.asCurrent(offices.name(officer.officeCode())));
	}
}
