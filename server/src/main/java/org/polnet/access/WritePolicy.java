package org.polnet.access;

import org.polnet.identity.CurrentOfficer;

/**
 * A database's own rule for changes, checked on top of the owner rule of
 * {@link AccessPolicy#mayChange(CurrentOfficer, RecordAccess)}; e.g. for SLTD, "only the NCB of the issuing
 * country adds or changes records of its documents". It can only narrow who may change, never widen it.
 *
 * @param <T> the database's record (or the new record about to be created)
 */
@FunctionalInterface
public interface WritePolicy<T> {

	boolean allows(CurrentOfficer officer, T record);
}
