package org.polnet.hits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: at the first start (no hit yet), a handful of clearly fictional hits between the demo NCBs, in every
 * state, so that the hits page shows a living system. The records they name do not exist (the databases come
 * later): their record link is empty, and pages show the summary only.
 */
@Component
@ConditionalOnBooleanProperty("polnet.demo.enabled")
class DemoHits implements ApplicationRunner {

	private record Demo(RecordMatched match, @Nullable Answer owner, @Nullable Answer checker) {
	}

	private final Hits hits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoHits(Hits hits, TransactionTemplate transactions, Clock clock) {
		this.hits = hits;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (hits.any()) {
			return;
		}
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> demos(now).forEach(demo -> create(demo, now)));
	}

	private void create(Demo demo, Instant now) {
		Hit hit = hits.raise(demo.match(), demo.match().checkedAt().plusSeconds(2)).orElseThrow();
		if (demo.owner() != null) {
			hit = hit.answer(Side.OWNER, demo.owner(), officer(hit.ownerOffice()), note(demo.owner()),
					hit.createdAt().plus(Duration.ofMinutes(40)));
			hits.saveAnswer(hit, Side.OWNER, hit.ownerOffice());
		}
		if (demo.checker() != null) {
			hit = hit.answer(Side.CHECKER, demo.checker(), officer(hit.checkingOffice()), note(demo.checker()),
					hit.createdAt().plus(Duration.ofMinutes(55)));
			hits.saveAnswer(hit, Side.CHECKER, hit.checkingOffice());
		}
	}

	/** The demo officer of an office, as the identity module's demo data names them (jpn.officer for NCB-JPN). */
	private static String officer(String office) {
		return office.substring(4).toLowerCase(Locale.ROOT) + ".officer";
	}

	private static String note(Answer answer) {
		return answer == Answer.CONFIRMED ? "Demo: identity and document details compared, same item."
				: "Demo: details differ, not the same item.";
	}

	private static List<Demo> demos(Instant now) {
		return List.of(
				new Demo(match("SLTD", "DEMO-SLTD-0001", "NCB-FRA", "Passport FRA 12AB34567 (fictional), stolen",
						"NCB-JPN", "demo-ncb-jpn", true, "Narita International Airport, arrivals", "Border control",
						now.minus(Duration.ofMinutes(25)), "DEMO-CHECK-0001"), null, null),
				new Demo(match("SMV", "DEMO-SMV-0002", "NCB-BRA", "Car VW Golf, VIN 9BWZZZ377VT004251 (fictional), stolen",
						"NCB-FRA", "fra.officer", false, "Port of Marseille, vehicle terminal", "Vehicle export check",
						now.minus(Duration.ofHours(5)), "DEMO-CHECK-0002"), Answer.CONFIRMED, null),
				new Demo(match("SLTD", "DEMO-SLTD-0003", "NCB-KEN", "Passport KEN AK0456789 (fictional), lost",
						"NCB-JOR", "demo-ncb-jor", true, "Queen Alia International Airport", "Border control",
						now.minus(Duration.ofDays(1)), "DEMO-CHECK-0003"), Answer.CONFIRMED, Answer.CONFIRMED),
				new Demo(match("WOA", "DEMO-WOA-0004", "NCB-JOR", "Bronze oil lamp, Nabataean style (fictional), stolen",
						"NCB-BRA", "bra.officer", false, "São Paulo, antiques fair", "Art market inspection",
						now.minus(Duration.ofDays(3)), "DEMO-CHECK-0004"), Answer.REJECTED, Answer.REJECTED),
				new Demo(match("SLTD", "DEMO-SLTD-0005", "NCB-JPN", "Identity card JPN TK9988776 (fictional), stolen blank",
						"NCB-KEN", "ken.officer", false, "Jomo Kenyatta International Airport", "Investigation",
						now.minus(Duration.ofDays(6)), "DEMO-CHECK-0005"), null, Answer.CONFIRMED),
				new Demo(match("SMV", "DEMO-SMV-0006", "NCB-FRA", "Motorcycle, plate AB-123-CD (fictional), stolen",
						"NCB-KEN", "demo-ncb-ken", true, "Port of Mombasa", "Container inspection",
						now.minus(Duration.ofDays(9)), "DEMO-CHECK-0006"), Answer.REJECTED, Answer.CONFIRMED));
	}

	private static RecordMatched match(String database, String reference, String owner, String summary,
			String checking, String checkedBy, boolean system, String place, String purpose, Instant at,
			String checkReference) {
		return new RecordMatched(database, reference, owner, summary, "", checking, checkedBy, system, place, purpose, at,
				checkReference);
	}
}
