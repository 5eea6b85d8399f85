package org.polnet.identity;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Officers for tests, and the authentication a signed-in officer has. */
public final class TestOfficers {

	private TestOfficers() {
	}

	public static CurrentOfficer ncbAdmin(String office) {
		return officer("admin." + office.toLowerCase(), office, Role.NCB_ADMIN);
	}

	public static CurrentOfficer gsAdmin() {
		return officer("admin.gs", "GS", Role.GS_ADMIN);
	}

	public static CurrentOfficer officer(String username, String office, Role... roles) {
		return new CurrentOfficer(username, "Test " + username, office, "Office " + office, Set.of(roles),
				Clearance.CONFIDENTIAL);
	}

	public static Authentication signedIn(CurrentOfficer officer) {
		List<SimpleGrantedAuthority> authorities = officer.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority(role.authority()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(officer, null, authorities);
	}
}
