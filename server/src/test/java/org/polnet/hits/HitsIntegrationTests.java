package org.polnet.hits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.polnet.GroundModulesTest;
import org.polnet.audit.AuditEntries;
import org.polnet.audit.AuditQuery;
import org.polnet.audit.AuditRecord;
import org.polnet.identity.CurrentOfficer;
import org.polnet.identity.Role;
import org.polnet.identity.TestOfficers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/** Matches become hits through the event registry; both sides answer; everybody else learns nothing. */
@GroundModulesTest
class HitsIntegrationTests {

	@Autowired
	HitDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	HitIntake intake;

	@Autowired
	AuditEntries auditEntries;

	@Autowired
	CompletedEventPublications completedEvents;

	private final CurrentOfficer france = TestOfficers.officer("fra.test", "NCB-FRA", Role.NCB_OFFICER);

	private final CurrentOfficer japan = TestOfficers.officer("jpn.test", "NCB-JPN", Role.NCB_OFFICER);

	private final CurrentOfficer kenya = TestOfficers.officer("ken.test", "NCB-KEN", Role.NCB_OFFICER);

	private final CurrentOfficer gs = TestOfficers.officer("gs.test", "GS", Role.GS_OFFICER);

	@Test
	void aMatchRaisesAHitAndTellsOtherModules(Scenario scenario) {
		RecordMatched match = TestHits.match("NCB-FRA", "NCB-JPN");
		scenario.publish(match)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForEventOfType(HitRaised.class)
			.matching(raised -> raised.recordReference().equals(match.recordReference()))
			.toArriveAndVerify(raised -> {
				assertThat(raised.ownerOffice()).isEqualTo("NCB-FRA");
				assertThat(raised.checkingOffice()).isEqualTo("NCB-JPN");
				Hit hit = desk.view(france, raised.hitId(), null).orElseThrow().hit();
				assertThat(hit.checkedBy()).isEqualTo(match.checkedBy());
				assertThat(hit.place()).isEqualTo("Test border post");
				assertThat(hit.purpose()).isEqualTo("Border control");
				assertThat(hit.status()).isEqualTo(HitStatus.OPEN);
			});
	}

	@Test
	void theSameCheckRaisesOneHitEvenWhenItsEventArrivesTwice(Scenario scenario) {
		RecordMatched match = TestHits.match("NCB-FRA", "NCB-JPN");
		scenario.publish(match)
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> TestHits.hitId(jdbc, match))
			.andVerify(id -> {
				// as the registry would redeliver it after a crash between raising the hit and completing the event
				Optional<Hit> again = transactions.execute(status -> desk.raise(match));
				assertThat(again).isEmpty();
				intake.on(match);
				assertThat(jdbc.sql("SELECT count(*) FROM hits_hit WHERE check_reference = ?")
					.param(match.checkReference())
					.query(Long.class)
					.single()).isOne();
			});
	}

	@Test
	void anOfficeCheckingItsOwnRecordRaisesNoHit(Scenario scenario) {
		RecordMatched own = TestHits.match("NCB-FRA", "NCB-FRA");
		scenario.publish(own).andWaitAtMost(Duration.ofSeconds(20)).andWaitForStateChange(() -> handled(own), count -> count == 1).andVerify(count -> {
			assertThat(TestHits.hitId(jdbc, own)).isNull();
		});
	}

	@Test
	void bothSidesConfirmingConfirmsTheHit(Scenario scenario) {
		long id = TestHits.raise(TestHits.match("NCB-FRA", "NCB-JPN"), transactions, events, jdbc);
		HitView afterOwner = desk.answer(france, id, Answer.CONFIRMED, "Same passport number and holder", null);
		assertThat(afterOwner.status()).isEqualTo(HitStatus.OPEN);
		assertThat(afterOwner.mayAnswer()).isFalse();
		scenario.stimulate(() -> desk.answer(japan, id, Answer.CONFIRMED, null, null))
			.andWaitForEventOfType(HitConfirmed.class)
			.matching(confirmed -> confirmed.hitId() == id)
			.toArriveAndVerify(confirmed -> assertThat(confirmed.ownerOffice()).isEqualTo("NCB-FRA"));
		HitView view = desk.view(japan, id, null).orElseThrow();
		assertThat(view.status()).isEqualTo(HitStatus.CONFIRMED);
		assertThat(view.history()).extracting(HitHistoryEntry::status)
			.containsExactly(HitStatus.OPEN, HitStatus.OPEN, HitStatus.CONFIRMED);
		assertThat(view.hit().ownerAnswer().note()).isEqualTo("Same passport number and holder");
	}

	@Test
	void aRejectionByEitherSideRejectsTheHitOnceBothAnswered(Scenario scenario) {
		long id = TestHits.raise(TestHits.match("NCB-FRA", "NCB-JPN"), transactions, events, jdbc);
		desk.answer(japan, id, Answer.CONFIRMED, null, null);
		scenario.stimulate(() -> desk.answer(france, id, Answer.REJECTED, "Different holder", null))
			.andWaitForEventOfType(HitRejected.class)
			.matching(rejected -> rejected.hitId() == id)
			.toArrive();
		assertThat(desk.view(france, id, null).orElseThrow().status()).isEqualTo(HitStatus.REJECTED);
	}

	@Test
	void aSideAnswersOnlyOnce() {
		long id = TestHits.raise(TestHits.match("NCB-FRA", "NCB-JPN"), transactions, events, jdbc);
		desk.answer(france, id, Answer.CONFIRMED, null, null);
		CurrentOfficer colleague = TestOfficers.officer("fra.colleague", "NCB-FRA", Role.NCB_SUPERVISOR);
		assertThatThrownBy(() -> desk.answer(colleague, id, Answer.REJECTED, null, null))
			.isInstanceOf(Hit.AlreadyAnswered.class);
	}

	@Test
	void aThirdOfficeNeitherSeesNorAnswersTheHit() {
		long id = TestHits.raise(TestHits.match("NCB-FRA", "NCB-JPN"), transactions, events, jdbc);
		assertThat(desk.view(kenya, id, null)).isEmpty();
		assertThatThrownBy(() -> desk.answer(kenya, id, Answer.CONFIRMED, null, null))
			.isInstanceOf(HitDesk.NotVisible.class);
		assertThat(desk.list(kenya, HitQuery.all(), 0, 100, null).hits()).extracting(Hit::id).doesNotContain(id);
		assertThat(audited("ken.test", "hits.view", "hit/" + id, "DENIED")).isOne();
	}

	@Test
	void theGeneralSecretariatReadsButDoesNotAnswer() {
		long id = TestHits.raise(TestHits.match("NCB-FRA", "NCB-JPN"), transactions, events, jdbc);
		HitView view = desk.view(gs, id, null).orElseThrow();
		assertThat(view.side()).isNull();
		assertThat(view.mayAnswer()).isFalse();
		assertThatThrownBy(() -> desk.answer(gs, id, Answer.CONFIRMED, null, null)).isInstanceOf(HitDesk.NotAParty.class);
		assertThat(desk.view(TestOfficers.officer("gs.auditor.test", "GS", Role.AUDITOR), id, null)).isEmpty();
	}

	@Test
	void raisingReadingAndAnsweringAreAudited() {
		RecordMatched match = TestHits.match("NCB-FRA", "NCB-JPN");
		long id = TestHits.raise(match, transactions, events, jdbc);
		desk.view(france, id, "10.0.0.7");
		desk.answer(france, id, Answer.REJECTED, null, "10.0.0.7");
		assertThat(audited(match.checkedBy(), "hits.raise"))
			.filteredOn(record -> record.target() != null && record.target().startsWith("hit/" + id + " "))
			.singleElement()
			.satisfies(record -> assertThat(record.purpose()).isEqualTo("Border control"));
		assertThat(audited("fra.test", "hits.view", "hit/" + id, "SUCCESS")).isOne();
		assertThat(audited("fra.test", "hits.reject"))
			.filteredOn(record -> record.target() != null && record.target().startsWith("hit/" + id + " "))
			.singleElement()
			.satisfies(record -> {
				assertThat(record.purpose()).isEqualTo(HitDesk.PURPOSE);
				assertThat(record.clientAddress()).isEqualTo("10.0.0.7");
			});
	}

	@Test
	void listsAreNewestFirstAndPaged() {
		CurrentOfficer jordan = TestOfficers.officer("jor.test", "NCB-JOR", Role.NCB_OFFICER);
		long first = TestHits.raise(TestHits.match("NCB-JOR", "NCB-BRA"), transactions, events, jdbc);
		long second = TestHits.raise(TestHits.match("NCB-JOR", "NCB-BRA"), transactions, events, jdbc);
		long third = TestHits.raise(TestHits.match("NCB-JOR", "NCB-BRA"), transactions, events, jdbc);
		HitQuery owned = new HitQuery(HitStatus.OPEN, "sltd", Side.OWNER, null, null);
		HitPage page = desk.list(jordan, owned, 0, 2, null);
		assertThat(page.hits()).extracting(Hit::id).containsExactly(third, second);
		assertThat(page.hasNext()).isTrue();
		assertThat(desk.list(jordan, owned, 1, 2, null).hits()).extracting(Hit::id).containsExactly(first);
		assertThat(audited("jor.test", "hits.list", "status=OPEN database=SLTD side=OWNER", "SUCCESS")).isEqualTo(2);
	}

	/** How many deliveries of the match to the hits module completed. */
	private long handled(RecordMatched match) {
		return completedEvents.findAll()
			.stream()
			.filter(publication -> publication.getEvent() instanceof RecordMatched delivered
					&& delivered.checkReference().equals(match.checkReference()))
			.count();
	}

	private List<AuditRecord> audited(String actor, String action) {
		List<AuditRecord> records = new ArrayList<>();
		auditEntries.forEach(new AuditQuery(actor, null, action, null, null, null), entry -> records.add(entry.record()));
		// the query takes a dotted prefix too: keep the exact action only
		return records.stream().filter(record -> record.action().equals(action)).toList();
	}

	private long audited(String actor, String action, String target, String outcome) {
		return audited(actor, action).stream()
			.filter(record -> target.equals(record.target()) && record.outcome().name().equals(outcome))
			.count();
	}
}
