package org.polnet.hits;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns matches into hits. Asynchronous, in its own transaction, after the check's transaction committed; the
 * event publication registry keeps the event until this completes, so a crash loses no hit (it is retried, and
 * the check reference keeps a retry from raising a second one).
 */
@Component
class HitIntake {

	private final HitDesk desk;

	HitIntake(HitDesk desk) {
		this.desk = desk;
	}

	@ApplicationModuleListener
	void on(RecordMatched match) {
		desk.raise(match);
	}
}
