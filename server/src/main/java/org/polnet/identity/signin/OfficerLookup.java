package org.polnet.identity.signin;

import java.util.Optional;

import org.polnet.identity.CurrentOfficer;

/**
 * Finds an officer who may sign in, by username: what signing in with an external OpenID Connect provider
 * needs from the officers' register. Implemented where the officers are kept.
 */
@FunctionalInterface
interface OfficerLookup {

	/** Empty when no officer has this username, or the officer is disabled or locked. */
	Optional<CurrentOfficer> enabledOfficer(String username);
}
