package org.polnet.identity.administration;

import java.util.Set;

import org.polnet.identity.Clearance;
import org.polnet.identity.Role;

/** What an administrator types to create an account; the password is the initial one, under the policy. */
public record NewUser(String username, String displayName, String officeCode, Set<Role> roles, Clearance clearance,
		String password) {
}
