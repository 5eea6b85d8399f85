package org.polnet.find;

import org.jspecify.annotations.Nullable;

/**
 * What a police database plugs into FIND: how an item becomes a key, which records a key finds, and what a checker
 * is shown of a match. Who may see a record, the audit, the hits for other offices and the answers are the
 * pipeline's ({@link FindChecks}), the same for every database.
 *
 * @param <I> an item to check, as the caller sent it
 * @param <K> the item's key in the database's index
 * @param <R> a record of the database
 * @param <M> what a checker who may see a matching record is shown of it
 */
public interface FindDatabase<I, K, R, M> {

	/** The database's name, as hits and the audit trail name it: {@code SLTD}, {@code SMV}. */
	String name();

	/** The audit action of a check: {@code documents.find}. */
	String auditAction();

	/**
	 * The item's key, normalised and validated.
	 *
	 * @throws InvalidItem when the item cannot be checked (the other items of a batch still are)
	 */
	K keyOf(@Nullable I item);

	/** The key as the audit trail reads it, after the database's name: {@code FRA 12AB34567}. */
	String audited(K key);

	/** The active records the key finds, from memory: called for every check, usually empty. */
	R[] lookup(K key);

	/** What the pipeline needs of a found record: who may see it, and what tells its owner of the match. */
	FoundRecord found(R record);

	/** What a checker who may see it is shown of a matching record. */
	M shown(R record);
}
