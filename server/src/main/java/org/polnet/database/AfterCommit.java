package org.polnet.database;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction commits, on its thread (at once when there is no transaction: what it
 * follows is then already durable). For the in-memory indexes fed by module events: a plain event listener that
 * defers its change this way, rather than a {@code @TransactionalEventListener}, which Spring Modulith's event
 * publication registry would store (as JSON, and keep) for every event, bulk-load batches included.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void run(Runnable change) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			change.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				change.run();
			}
		});
	}
}
