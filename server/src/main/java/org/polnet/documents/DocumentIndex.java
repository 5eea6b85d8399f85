package org.polnet.documents;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.polnet.database.AfterCommit;
import org.polnet.find.FindIndex;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The active SLTD records by issuing country and normalised number, in memory, so that FIND answers without a
 * query per check. Derived from PostgreSQL: built from it at start, then kept current by this module's own
 * events.
 * <p>
 * The listeners are synchronous and change the map once the publisher's transaction has committed (never for a
 * rolled-back one), rather than asynchronous {@code @ApplicationModuleListener}s: the index must show a report (or
 * stop showing a withdrawn record) as soon as the officer's request returns, not a moment later on another thread,
 * and updating a map needs no transaction of its own. They are plain {@link EventListener}s that register the change
 * for after the commit, not {@code @TransactionalEventListener}s: the event publication registry stores every event
 * bound for an after-commit transactional listener, serialised, in {@code event_publication}; for a bulk import's
 * batch that is 10,000 records written again as JSON, for a map that needs no such guarantee. A change committed
 * while this node crashed before the map changed is healed at the next start, when the index is rebuilt from the
 * table. Each node keeps its own index.
 * <p>
 * Memory, measured with JOL on 1 million records (64-bit JVM, compressed pointers): 344 B per record with dates
 * and accesses shared ({@link #compact}), ~3.4 GB for 10 million (520 B before sharing); see docs/documents.md.
 */
@Component
class DocumentIndex {

	private static final Logger log = LoggerFactory.getLogger(DocumentIndex.class);

	private static final int SHARED_MAX = 200_000;

	/** Dates and accesses, each kept once (see {@link #compact}); bounded, as records may list many countries. */
	private final Map<Object, Object> sharedValues = new ConcurrentHashMap<>();

	private final FindIndex<TravelDocument> index = new FindIndex<>(
			document -> List.of(key(document.issuingCountry(), document.normalisedNumber())), TravelDocument::id,
			document -> !document.withdrawn(), TravelDocument[]::new, this::compact);

	private final DocumentRows rows;

	DocumentIndex(DocumentRows rows) {
		this.rows = rows;
		load();
	}

	/** Reads every active record again, after a bulk load that published no event per record. */
	void rebuild() {
		load();
	}

	// private: called from the constructor, and the bean may be a proxy whose public methods run on the target
	private void load() {
		log.info("FIND index holds {} SLTD records", index.load(rows::forEachActive));
	}

	/** The active records of this document number (normalised) issued by this ICAO code, of every type. */
	TravelDocument[] lookup(String issuingCountry, String normalisedNumber) {
		return index.lookup(key(issuingCountry, normalisedNumber));
	}

	long size() {
		return index.size();
	}

	@EventListener
	void on(DocumentReported reported) {
		AfterCommit.run(() -> index.put(reported.document()));
	}

	/** Amended (the old key out, the new one in) or withdrawn (out: only active records are kept). */
	@EventListener
	void on(DocumentChanged changed) {
		AfterCommit.run(() -> index.replace(changed.before(), changed.document()));
	}

	/** A bulk import's batch: its new and changed records (the natural key never changes, so put replaces). */
	@EventListener
	void on(DocumentsImported imported) {
		AfterCommit.run(() -> imported.documents().forEach(index::put));
	}

	/**
	 * The record with its repeated values shared: dates (a few thousand distinct ones among millions of records) and
	 * the access (most records of an owner have the same): 5 dates and an access with its owner's code, about 190 B
	 * per record, kept once instead of per record.
	 */
	private TravelDocument compact(TravelDocument document) {
		return new TravelDocument(document.id(), document.documentNumber(), document.normalisedNumber(),
				document.issuingCountry(), document.type(), document.status(), shared(document.reportedOn()),
				shared(document.stolenOrLostOn()), shared(document.issuedOn()), shared(document.expiresOn()),
				document.nationalReference(), document.remarks(), shared(document.access()), document.createdAt(),
				shared(document.reviewAt()), null, null);
	}

	/** The instance already held that equals this value; values stop being shared past {@value #SHARED_MAX}. */
	@SuppressWarnings("unchecked")
	private <T extends @Nullable Object> T shared(T value) {
		if (value == null) {
			return value;
		}
		Object known = sharedValues.get(value);
		if (known == null && sharedValues.size() < SHARED_MAX) {
			known = sharedValues.putIfAbsent(value, value);
		}
		return known == null ? value : (T) known;
	}

	private static String key(String issuingCountry, String normalisedNumber) {
		return issuingCountry + ':' + normalisedNumber;
	}
}
