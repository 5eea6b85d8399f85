package org.polnet.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.polnet.identity.ApiScope;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.security.core.GrantedAuthority;

class ApiTokenTests {

	private static final Instant EXPIRY = Instant.parse("2027-06-01T00:00:00Z");

	@Test
	void isActiveUntilItsExpiryAndExpiredFromThen() {
		ApiToken token = token(null);
		assertThat(token.status(EXPIRY.minusSeconds(1))).isEqualTo(ApiToken.Status.ACTIVE);
		assertThat(token.status(EXPIRY)).isEqualTo(ApiToken.Status.EXPIRED);
	}

	@Test
	void revocationWinsOverEverything() {
		ApiToken token = token(EXPIRY.minus(Duration.ofDays(30)));
		assertThat(token.status(EXPIRY.minus(Duration.ofDays(60)))).isEqualTo(ApiToken.Status.REVOKED);
		assertThat(token.status(EXPIRY.plusSeconds(1))).isEqualTo(ApiToken.Status.REVOKED);
	}

	@Test
	void actsAsASystemClientOfItsOfficeWithTheLowestClearance() {
		CurrentOfficer officer = token(null).asOfficer();
		assertThat(officer.username()).isEqualTo("token:border-cdg");
		assertThat(officer.displayName()).isEqualTo("border-cdg");
		assertThat(officer.officeCode()).isEqualTo("NCB-FRA");
		assertThat(officer.officeName()).isEqualTo("NCB Paris");
		assertThat(officer.roles()).containsExactly(Role.SYSTEM_CLIENT);
		assertThat(officer.isSystem()).isTrue();
		assertThat(officer.clearance()).isEqualTo(Clearance.FOR_OFFICIAL_USE_ONLY);
	}

	@Test
	void grantsItsRoleAndOneAuthorityPerScope() {
		assertThat(token(null).authorities()).map(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_SYSTEM_CLIENT", "SCOPE_find:documents", "SCOPE_members:read");
	}

	@Test
	void scopesAreFoundByTheirCode() {
		for (ApiScope scope : ApiScope.values()) {
			assertThat(ApiScope.ofCode(scope.code())).contains(scope);
			assertThat(scope.description()).isNotBlank();
		}
		assertThat(ApiScope.ofCode("admin:all")).isEmpty();
	}

	private static ApiToken token(@Nullable Instant revokedAt) {
		return new ApiToken(1, "border-cdg", "NCB-FRA", "NCB Paris", "pnt_abcdefgh",
				Set.of(ApiScope.MEMBERS_READ, ApiScope.FIND_DOCUMENTS), EXPIRY.minus(Duration.ofDays(365)), "admin",
				EXPIRY, revokedAt, revokedAt == null ? null : "admin", null);
	}
}
