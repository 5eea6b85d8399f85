package org.polnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.administration.NewUser;
import org.polnet.identity.administration.OfficerAdministration;
import org.polnet.identity.officers.Officers;
import org.polnet.refusals.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nobody grants a clearance above their own, nor changes their own roles or clearance; each refusal changes nothing
 * and is in the audit trail.
 */
@PolnetIntegrationTest
class GrantLimitsTests {

	@Autowired
	OfficerAdministration administration;

	@Autowired
	Officers officers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenActingAtForOfficialUseOnlyCreatesNoConfidentialOfficer() {
		CurrentOfficer token = OfficerAdministration.tokenAdministrator(new CurrentOfficer("token-" + unique(),
				"A token", "NCB-FRA", "NCB Paris", Set.of(Role.SYSTEM_CLIENT), Clearance.FOR_OFFICIAL_USE_ONLY));
		String username = "raised." + unique();

		assertThatThrownBy(() -> administration.create(token, new NewUser(username, "Raised Officer", "NCB-FRA",
				Set.of(Role.NCB_OFFICER), Clearance.CONFIDENTIAL, "velvet compass orbit 31"), "192.0.2.1"))
			.isInstanceOf(NotAllowedException.class);

		assertThat(officers.byUsername(username)).isEmpty();
		assertThat(deniedFor(token.username())).isEqualTo(1);
	}

	@Test
	void anAdministratorGrantsUpToTheirOwnClearance() {
		CurrentOfficer admin = new CurrentOfficer("admin." + unique(), "Admin", "NCB-FRA", "NCB Paris",
				Set.of(Role.NCB_ADMIN), Clearance.RESTRICTED);
		String username = "granted." + unique();

		assertThat(administration.create(admin, new NewUser(username, "Granted Officer", "NCB-FRA",
				Set.of(Role.NCB_OFFICER), Clearance.RESTRICTED, "velvet compass orbit 31"), "192.0.2.1")).isEmpty();
		long id = officers.byUsername(username).orElseThrow().id();
		assertThatThrownBy(() -> administration.changeAccess(admin, id, Set.of(Role.NCB_OFFICER), Clearance.CONFIDENTIAL,
				"192.0.2.1"))
			.isInstanceOf(NotAllowedException.class);

		assertThat(officers.byUsername(username).orElseThrow().clearance()).isEqualTo(Clearance.RESTRICTED);
		assertThat(deniedFor(admin.username())).isEqualTo(1);
	}

	@Test
	void nobodyChangesTheirOwnRolesOrClearance() {
		String username = "self." + unique();
		long self = officers.create(username, "Self Admin", "NCB-FRA", Set.of(Role.NCB_ADMIN), Clearance.RESTRICTED,
				"{noop}unused", Instant.now());
		CurrentOfficer admin = new CurrentOfficer(username, "Self Admin", "NCB-FRA", "NCB Paris", Set.of(Role.NCB_ADMIN),
				Clearance.RESTRICTED);

		assertThatThrownBy(() -> administration.changeAccess(admin, self, Set.of(Role.NCB_ADMIN),
				Clearance.RESTRICTED, "192.0.2.1"))
			.isInstanceOf(NotAllowedException.class);
		assertThatThrownBy(() -> administration.changeAccess(admin, self,
				Set.of(Role.NCB_ADMIN, Role.NCB_SUPERVISOR), Clearance.RESTRICTED, "192.0.2.1"))
			.isInstanceOf(NotAllowedException.class);

		assertThat(officers.byUsername(username).orElseThrow().roles()).containsExactly(Role.NCB_ADMIN);
		assertThat(deniedFor(username)).isEqualTo(2);
	}

	private long deniedFor(String actor) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = :actor AND action = 'identity.access-denied'")
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
