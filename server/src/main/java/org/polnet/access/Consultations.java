package org.polnet.access;

import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.identity.CurrentOfficer;
import org.springframework.stereotype.Component;

/**
 * Reading one police record for a stated purpose, the same way in every database: the purpose is required, the
 * record is shown only if the officer may see it (else the same 404 as for a missing one), and the consultation is
 * audited with its purpose either way, refused attempts included.
 */
@Component
public class Consultations {

	private final AccessPolicy access;

	private final AuditTrail audit;

	Consultations(AccessPolicy access, AuditTrail audit) {
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The record, if the officer may see it; audited as {@code action} on {@code reference} in the caller's
	 * transaction.
	 *
	 * @throws RecordNotFoundException when it is missing or hidden from the officer (404)
	 */
	public <T> T view(CurrentOfficer officer, Optional<T> found, Function<? super T, RecordAccess> accessOf,
			String reference, String action, String purpose, @Nullable String clientAddress) {
		Purposes.require(purpose);
		if (found.isEmpty() || !access.maySee(officer, accessOf.apply(found.get()))) {
			audit.record(entry(officer, action, reference, purpose, Outcome.DENIED, clientAddress));
			throw new RecordNotFoundException(reference);
		}
		audit.record(entry(officer, action, reference, purpose, Outcome.SUCCESS, clientAddress));
		return found.get();
	}

	private static AuditRecord entry(CurrentOfficer officer, String action, String reference, String purpose,
			Outcome outcome, @Nullable String clientAddress) {
		return AuditRecord.of(officer, action, reference,
				purpose, outcome, clientAddress);
	}
}
