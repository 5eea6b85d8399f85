package org.polnet.identity;

import java.util.Set;

/** What an administrator types to create an account; the password is the initial one, under the policy. */
public record NewUser(String username, String displayName, String officeCode, Set<Role> roles, Clearance clearance,
		String password) {
}
