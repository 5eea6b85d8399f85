package org.polnet.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.polnet.access.AccessPolicy;
import org.polnet.access.Consultations;
import org.polnet.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every database's {@link Records} works with, given once: the access policy, the audit trail, the event
 * publisher, transactions, the clock and audited consultations.
 */
@Component
public class RecordSupport {

	final AccessPolicy access;

	final AuditTrail audit;

	final ApplicationEventPublisher events;

	final TransactionTemplate transactions;

	final Clock clock;

	final Consultations consultations;

	RecordSupport(AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, Consultations consultations) {
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.consultations = consultations;
	}

	/** The access policy, for what a database decides beyond the lifecycle (FIND, MIND, its own searches). */
	public AccessPolicy access() {
		return access;
	}

	public AuditTrail audit() {
		return audit;
	}

	public ApplicationEventPublisher events() {
		return events;
	}

	public Clock clock() {
		return clock;
	}

	/** Today in UTC, the day review dates count from. */
	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
