package org.polnet.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.polnet.access.TestAccess.officer;
import static org.polnet.access.TestAccess.systemClient;
import static org.polnet.identity.Clearance.CONFIDENTIAL;
import static org.polnet.identity.Clearance.FOR_OFFICIAL_USE_ONLY;
import static org.polnet.identity.Clearance.RESTRICTED;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.refusals.NotAllowedException;

class AccessPolicyTests {

	private final AccessPolicy policy = TestAccess.policy();

	private final CurrentOfficer french = officer("NCB-FRA", CONFIDENTIAL, Role.NCB_OFFICER);

	private final CurrentOfficer german = officer("NCB-DEU", RESTRICTED, Role.NCB_OFFICER);

	@Test
	void ownerOfficeSeesItsRecordsWhateverTheirClassificationAndScope() {
		CurrentOfficer juniorFrench = officer("NCB-FRA", FOR_OFFICIAL_USE_ONLY, Role.NCB_OFFICER);

		assertThat(policy.maySee(juniorFrench, RecordAccess.onlyListed("NCB-FRA", CONFIDENTIAL, Set.of()))).isTrue();
		assertThat(policy.maySee(juniorFrench, RecordAccess.allExcept("NCB-FRA", RESTRICTED, Set.of("FRA"))))
			.isTrue();
	}

	@Test
	void ncbSeesRecordsOpenToAllMembersWithinItsClearanceOnly() {
		assertThat(policy.maySee(german, RecordAccess.allMembers("NCB-FRA", FOR_OFFICIAL_USE_ONLY))).isTrue();
		assertThat(policy.maySee(german, RecordAccess.allMembers("NCB-FRA", RESTRICTED))).isTrue();
		assertThat(policy.maySee(german, RecordAccess.allMembers("NCB-FRA", CONFIDENTIAL))).isFalse();
	}

	@Test
	void ncbSeesRecordsForListedCountriesOnlyWhenItsCountryIsListed() {
		assertThat(policy.maySee(german, RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of("DEU", "USA"))))
			.isTrue();
		assertThat(policy.maySee(german, RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of("USA")))).isFalse();
		assertThat(policy.maySee(german, RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of()))).isFalse();
	}

	@Test
	void ncbDoesNotSeeRecordsThatExceptItsCountry() {
		assertThat(policy.maySee(german, RecordAccess.allExcept("NCB-FRA", RESTRICTED, Set.of("DEU")))).isFalse();
		assertThat(policy.maySee(german, RecordAccess.allExcept("NCB-FRA", RESTRICTED, Set.of("USA")))).isTrue();
	}

	@Test
	void beingListedDoesNotLiftTheClearance() {
		assertThat(policy.maySee(german, RecordAccess.onlyListed("NCB-FRA", CONFIDENTIAL, Set.of("DEU")))).isFalse();
	}

	@Test
	void generalSecretariatSeesEveryScopeWithinItsClearance() {
		CurrentOfficer gs = officer("GS", RESTRICTED, Role.GS_OFFICER);

		assertThat(policy.maySee(gs, RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of()))).isTrue();
		assertThat(policy.maySee(gs, RecordAccess.allExcept("NCB-FRA", RESTRICTED, Set.of("FRA", "DEU")))).isTrue();
		assertThat(policy.maySee(gs, RecordAccess.allMembers("NCB-FRA", CONFIDENTIAL))).isFalse();
	}

	@Test
	void regionalBureauSeesOnlyRecordsOpenToAllMembersWithinItsClearance() {
		CurrentOfficer bureau = officer("RB-NAIROBI", RESTRICTED, Role.GS_OFFICER);

		assertThat(policy.maySee(bureau, RecordAccess.allMembers("NCB-FRA", RESTRICTED))).isTrue();
		assertThat(policy.maySee(bureau, RecordAccess.allMembers("NCB-FRA", CONFIDENTIAL))).isFalse();
		// not even a list naming the country the bureau sits in: the list is of NCBs
		assertThat(policy.maySee(bureau, RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of("KEN")))).isFalse();
		assertThat(policy.maySee(bureau, RecordAccess.allExcept("NCB-FRA", RESTRICTED, Set.of("USA")))).isFalse();
		assertThat(policy.maySee(bureau, RecordAccess.onlyListed("RB-NAIROBI", CONFIDENTIAL, Set.of()))).isTrue();
	}

	@Test
	void liaisonOfficeFollowsTheRegionalBureauRule() {
		CurrentOfficer liaison = officer("LO-VIENNA", CONFIDENTIAL, Role.GS_OFFICER);

		assertThat(policy.maySee(liaison, RecordAccess.allMembers("NCB-DEU", CONFIDENTIAL))).isTrue();
		assertThat(policy.maySee(liaison, RecordAccess.allExcept("NCB-DEU", FOR_OFFICIAL_USE_ONLY, Set.of("USA"))))
			.isFalse();
	}

	@Test
	void systemClientSeesByItsOfficesCountryAtForOfficialUseOnlyWhateverItCarries() {
		CurrentOfficer germanBorder = systemClient("NCB-DEU", CONFIDENTIAL);

		assertThat(policy.maySee(germanBorder, RecordAccess.allMembers("NCB-FRA", FOR_OFFICIAL_USE_ONLY))).isTrue();
		assertThat(policy.maySee(germanBorder, RecordAccess.onlyListed("NCB-FRA", FOR_OFFICIAL_USE_ONLY, Set.of("DEU"))))
			.isTrue();
		assertThat(policy.maySee(germanBorder, RecordAccess.allExcept("NCB-FRA", FOR_OFFICIAL_USE_ONLY, Set.of("DEU"))))
			.isFalse();
		assertThat(policy.maySee(germanBorder, RecordAccess.allMembers("NCB-FRA", RESTRICTED))).isFalse();
	}

	@Test
	void systemClientDoesNotSeeItsOwnOfficesClassifiedRecords() {
		CurrentOfficer frenchBorder = systemClient("NCB-FRA", CONFIDENTIAL);

		assertThat(policy.maySee(frenchBorder, RecordAccess.onlyListed("NCB-FRA", FOR_OFFICIAL_USE_ONLY, Set.of())))
			.isTrue();
		assertThat(policy.maySee(frenchBorder, RecordAccess.allMembers("NCB-FRA", RESTRICTED))).isFalse();
	}

	@Test
	void officeUnknownToTheMembersModuleSeesNothingNotEvenRecordsItOwned() {
		CurrentOfficer closed = officer("NCB-XXX", CONFIDENTIAL, Role.NCB_OFFICER);

		assertThat(policy.maySee(closed, RecordAccess.allMembers("NCB-FRA", FOR_OFFICIAL_USE_ONLY))).isFalse();
		assertThat(policy.maySee(closed, RecordAccess.allMembers("NCB-XXX", FOR_OFFICIAL_USE_ONLY))).isFalse();
		assertThat(policy.sqlFilter(closed, "r").whereClause()).isEqualTo("(FALSE)");
	}

	@Test
	void ownerOfficesOfficersWithAnNcbRoleMayChangeItsRecords() {
		RecordAccess record = RecordAccess.allMembers("NCB-FRA", CONFIDENTIAL);

		for (Role role : EnumSet.of(Role.NCB_OFFICER, Role.NCB_SUPERVISOR, Role.NCB_ADMIN)) {
			assertThat(policy.mayChange(officer("NCB-FRA", FOR_OFFICIAL_USE_ONLY, role), record)).as(role.name())
				.isTrue();
		}
		assertThat(policy.mayChange(officer("NCB-FRA", CONFIDENTIAL, Role.AUDITOR), record)).isFalse();
		assertThat(policy.mayChange(german, record)).isFalse();
		assertThat(policy.mayChange(officer("GS", CONFIDENTIAL, Role.GS_ADMIN), record)).isFalse();
	}

	@Test
	void generalSecretariatRecordsAreChangedByItsOfficersWithAGeneralSecretariatRole() {
		RecordAccess record = RecordAccess.allMembers("GS", RESTRICTED);

		assertThat(policy.mayChange(officer("GS", RESTRICTED, Role.GS_OFFICER), record)).isTrue();
		assertThat(policy.mayChange(officer("GS", RESTRICTED, Role.NCB_OFFICER), record)).isFalse();
		assertThat(policy.mayChange(officer("GS", RESTRICTED, Role.AUDITOR), record)).isFalse();
	}

	@Test
	void systemClientsNeverChangeRecordsEvenActingAsTheirOfficesAdministrator() {
		CurrentOfficer tokenAdministrator = new CurrentOfficer("token:sync", "Sync", "NCB-FRA", "NCB-FRA",
				Set.of(Role.SYSTEM_CLIENT, Role.NCB_ADMIN), FOR_OFFICIAL_USE_ONLY);

		assertThat(policy.mayChange(tokenAdministrator, RecordAccess.allMembers("NCB-FRA", FOR_OFFICIAL_USE_ONLY)))
			.isFalse();
	}

	@Test
	void officeUnknownToTheMembersModuleChangesNothing() {
		assertThat(policy.mayChange(officer("NCB-XXX", CONFIDENTIAL, Role.NCB_ADMIN),
				RecordAccess.allMembers("NCB-XXX", FOR_OFFICIAL_USE_ONLY)))
			.isFalse();
	}

	/** The SLTD rule as the documents module will write it. */
	record TravelDocument(String issuingCountry, RecordAccess access) {
	}

	private static final WritePolicy<TravelDocument> ISSUING_NCB_ONLY = (officer, document) -> document
		.issuingCountry()
		.equals(officer.ncbCountry());

	@Test
	void aDatabasesWritePolicyNarrowsWhoMayChangeNeverWidens() {
		TravelDocument frenchPassport = new TravelDocument("FRA", RecordAccess.allMembers("NCB-FRA", RESTRICTED));
		TravelDocument germanPassportFiledInFrance = new TravelDocument("DEU",
				RecordAccess.allMembers("NCB-FRA", RESTRICTED));

		assertThat(policy.mayChange(french, frenchPassport.access(), frenchPassport, ISSUING_NCB_ONLY)).isTrue();
		assertThat(policy.mayChange(french, germanPassportFiledInFrance.access(), germanPassportFiledInFrance,
				ISSUING_NCB_ONLY))
			.isFalse();
		assertThat(policy.mayChange(german, germanPassportFiledInFrance.access(), germanPassportFiledInFrance,
				ISSUING_NCB_ONLY))
			.isFalse();
	}

	@Test
	void aHiddenRecordIsReportedExactlyLikeOneThatDoesNotExist() {
		RecordAccess hidden = RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of("USA"));

		RecordNotFoundException whenHidden = catchNotFound(
				() -> policy.requireVisible(german, Optional.of(hidden), access -> access, "P123"));
		RecordNotFoundException whenAbsent = catchNotFound(
				() -> policy.requireVisible(german, Optional.<RecordAccess>empty(), access -> access, "P123"));

		assertThat(whenHidden.getMessage()).isEqualTo(whenAbsent.getMessage());
		assertThat(policy.requireVisible(french, Optional.of(hidden), access -> access, "P123")).isSameAs(hidden);
	}

	@Test
	void aChangeToAHiddenRecordIsNotFoundAndToAVisibleOneForbidden() {
		WritePolicy<Object> none = (officer, record) -> true;
		RecordAccess hidden = RecordAccess.onlyListed("NCB-FRA", RESTRICTED, Set.of());
		RecordAccess visible = RecordAccess.allMembers("NCB-FRA", RESTRICTED);

		assertThatThrownBy(() -> policy.requireChangeable(german, hidden, hidden, none, "P1"))
			.isInstanceOf(RecordNotFoundException.class);
		assertThatThrownBy(() -> policy.requireChangeable(german, visible, visible, none, "P1"))
			.isInstanceOf(NotAllowedException.class);
		assertThatNoException().isThrownBy(() -> policy.requireChangeable(french, visible, visible, none, "P1"));
	}

	@Test
	void sqlFilterRefusesATableAliasThatIsNotAnIdentifier() {
		assertThatThrownBy(() -> policy.sqlFilter(french, "d; DROP TABLE x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static RecordNotFoundException catchNotFound(Runnable read) {
		try {
			read.run();
		}
		catch (RecordNotFoundException notFound) {
			return notFound;
		}
		throw new AssertionError("Expected the record to be reported as not found");
	}

	@Test
	void recordAccessRefusesInconsistentCountryLists() {
		assertThatThrownBy(() -> new RecordAccess("NCB-FRA", Clearance.RESTRICTED, AccessScope.ALL_MEMBERS,
				Set.of("DEU")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RecordAccess.allExcept("NCB-FRA", Clearance.RESTRICTED, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RecordAccess.onlyListed("NCB-FRA", Clearance.RESTRICTED, Set.of("deu")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
