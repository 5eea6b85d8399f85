package org.polnet.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polnet.access.TestAccess.officer;
import static org.polnet.access.TestAccess.systemClient;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polnet.PolnetIntegrationTest;
import org.polnet.identity.Clearance;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lists and searches filter in PostgreSQL, single reads and FIND in Java: both must let each officer see exactly
 * the same records. Every combination of owner, classification and country scope, against officers of several
 * NCBs, the GS, a regional bureau, a liaison office, system clients and an unknown office, with the real offices.
 */
@PolnetIntegrationTest
class AccessSqlAgreementTests {

	private static final List<String> OWNERS = List.of("NCB-FRA", "NCB-DEU", "GS", "RB-NAIROBI");

	@Autowired
	AccessPolicy policy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	static Stream<CurrentOfficer> viewers() {
		return Stream.of(officer("NCB-FRA", Clearance.CONFIDENTIAL, Role.NCB_OFFICER),
				officer("NCB-DEU", Clearance.RESTRICTED, Role.NCB_SUPERVISOR),
				officer("NCB-USA", Clearance.FOR_OFFICIAL_USE_ONLY, Role.NCB_OFFICER),
				officer("GS", Clearance.CONFIDENTIAL, Role.GS_OFFICER),
				officer("GS", Clearance.RESTRICTED, Role.GS_OFFICER),
				officer("RB-NAIROBI", Clearance.RESTRICTED, Role.GS_OFFICER),
				officer("LO-VIENNA", Clearance.CONFIDENTIAL, Role.GS_OFFICER),
				systemClient("NCB-DEU", Clearance.CONFIDENTIAL), systemClient("NCB-FRA", Clearance.FOR_OFFICIAL_USE_ONLY),
				systemClient("GS", Clearance.RESTRICTED), officer("NCB-XXX", Clearance.CONFIDENTIAL, Role.NCB_OFFICER));
	}

	static List<RecordAccess> everyCombination() {
		List<RecordAccess> records = new ArrayList<>();
		for (String owner : OWNERS) {
			for (Clearance classification : Clearance.values()) {
				records.add(RecordAccess.allMembers(owner, classification));
				records.add(RecordAccess.onlyListed(owner, classification, Set.of()));
				records.add(RecordAccess.onlyListed(owner, classification, Set.of("FRA")));
				records.add(RecordAccess.onlyListed(owner, classification, Set.of("DEU", "USA")));
				records.add(RecordAccess.allExcept(owner, classification, Set.of("FRA")));
				records.add(RecordAccess.allExcept(owner, classification, Set.of("DEU", "USA")));
			}
		}
		return records;
	}

	@ParameterizedTest
	@MethodSource("viewers")
	void sqlFilterKeepsExactlyTheRecordsThePolicyLetsTheViewerSee(CurrentOfficer viewer) {
		transaction.executeWithoutResult(status -> {
			status.setRollbackOnly();
			// the columns and checks of the snippet in docs/records-and-access.md
			jdbc.sql("""
					CREATE TEMP TABLE access_test_record (
					    id BIGINT PRIMARY KEY,
					    owner_office TEXT NOT NULL,
					    classification TEXT NOT NULL
					        CHECK (classification IN ('FOR_OFFICIAL_USE_ONLY', 'RESTRICTED', 'CONFIDENTIAL')),
					    access_scope TEXT NOT NULL
					        CHECK (access_scope IN ('ALL_MEMBERS', 'ONLY_LISTED', 'ALL_EXCEPT_LISTED')),
					    access_countries TEXT[] NOT NULL DEFAULT '{}'
					        CHECK (array_position(access_countries, NULL) IS NULL),
					    review_at DATE NOT NULL DEFAULT CURRENT_DATE + 3650,
					    CHECK (access_scope <> 'ALL_MEMBERS' OR cardinality(access_countries) = 0),
					    CHECK (access_scope <> 'ALL_EXCEPT_LISTED' OR cardinality(access_countries) > 0)
					) ON COMMIT DROP""").update();
			List<RecordAccess> records = everyCombination();
			for (int id = 0; id < records.size(); id++) {
				jdbc.sql("""
						INSERT INTO access_test_record (id, owner_office, classification, access_scope, access_countries)
						VALUES (:id, :owner_office, :classification, :access_scope, :access_countries)""")
					.param("id", id)
					.params(records.get(id).columns())
					.update();
			}
			Map<Long, RecordAccess> stored = new HashMap<>();
			jdbc.sql("SELECT * FROM access_test_record")
				.query((rs, row) -> stored.put(rs.getLong("id"), RecordAccess.fromRow(rs)))
				.list();
			assertThat(stored.values()).containsExactlyInAnyOrderElementsOf(records);

			List<Long> allowed = stored.entrySet()
				.stream()
				.filter(entry -> policy.maySee(viewer, entry.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			SqlFilter aliased = policy.sqlFilter(viewer, "r");
			SqlFilter bare = policy.sqlFilter(viewer, "");

			assertThat(jdbc.sql("SELECT r.id FROM access_test_record r WHERE " + aliased.whereClause())
				.params(aliased.params())
				.query(Long.class)
				.list()).containsExactlyInAnyOrderElementsOf(allowed);
			assertThat(jdbc.sql("SELECT id FROM access_test_record WHERE id >= :from AND " + bare.whereClause())
				.param("from", 0)
				.params(bare.params())
				.query(Long.class)
				.list()).containsExactlyInAnyOrderElementsOf(allowed);
		});
	}
}
