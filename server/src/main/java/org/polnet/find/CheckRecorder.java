package org.polnet.find;

import java.util.List;

import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditTrail;
import org.polnet.hits.RecordMatched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Commits what a batch of FIND checks leaves behind: one audit entry per check and the matches that
 * tell other offices of their records. Returns once both are durably committed.
 * <p>
 * Checks that match no other office's record (nearly all border checks) share their audit commit with other
 * callers' checks ({@link AuditTrail#recordCommitted}): at thousands of checks a second, one commit each would
 * make the audit the bottleneck. When there are matches, the entries and the {@link RecordMatched} events commit
 * together in a transaction of their own, so that no hit is raised by a check that was not audited, nor the
 * reverse.
 */
@Component
class CheckRecorder {

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/** Checks and matches counted for the metrics: FIND's requests have no HTTP observation (WebConfiguration). */
	private final Counter checked;

	private final Counter matched;

	CheckRecorder(AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions,
			MeterRegistry meters) {
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.checked = Counter.builder("polnet.checks.recorded")
			.description("Checks (FIND, searches) audited")
			.register(meters);
		this.matched = Counter.builder("polnet.checks.matched")
			.description("Matches of another office's record raised by checks")
			.register(meters);
	}

	/** Must be called outside any transaction. */
	void record(List<AuditRecord> entries, List<RecordMatched> matches) {
		if (matches.isEmpty()) {
			audit.recordCommitted(entries);
		}
		else {
			transactions.executeWithoutResult(status -> {
				audit.recordAll(entries);
				matches.forEach(events::publishEvent);
			});
		}
		checked.increment(entries.size());
		matched.increment(matches.size());
	}
}
