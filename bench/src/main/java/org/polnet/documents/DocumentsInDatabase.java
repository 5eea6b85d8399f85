package org.polnet.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.polnet.find.FindChecks;
import org.polnet.find.FindDatabase;
import org.polnet.find.FoundRecord;
import org.polnet.identity.CurrentOfficer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reference FIND for documents is measured against (docs/benchmarks.md): SLTD as FIND checks it
 * ({@link DocumentFind}: the same key, visibility, audit, hits and answers), but each document looked up with one
 * indexed PostgreSQL query instead of the in-memory index. Found by the application's component scan when the
 * benchmarks are on the class path, and only on a server started with
 * {@code polnet.benchmark.reference-endpoints=true}.
 */
@Component
@ConditionalOnBooleanProperty("polnet.benchmark.reference-endpoints")
public class DocumentsInDatabase implements FindDatabase<DocumentFindItem, DocumentFind.Key, TravelDocument, DocumentMatch> {

	private final DocumentFind sltd;

	private final JdbcClient jdbc;

	private final FindChecks find;

	DocumentsInDatabase(DocumentFind sltd, JdbcClient jdbc, FindChecks find) {
		this.sltd = sltd;
		this.jdbc = jdbc;
		this.find = find;
	}

	/** {@link DocumentChecks#check}, reading PostgreSQL. */
	public List<DocumentFindAnswer> check(CurrentOfficer checker, List<@Nullable DocumentFindItem> items, @Nullable String place,
			@Nullable String purpose, @Nullable String clientAddress) {
		return find.check(this, checker, items, place, purpose, clientAddress).stream().map(DocumentFindAnswer::of).toList();
	}

	@Override
	public TravelDocument[] lookup(DocumentFind.Key key) {
		return jdbc.sql("SELECT * FROM documents_sltd WHERE issuing_country = ? AND normalised_number = ? "
				+ "AND withdrawn_at IS NULL")
			.params(key.country(), key.number())
			.query(TravelDocument::fromRow)
			.list()
			.stream()
			.filter(document -> key.type() == null || key.type() == document.type())
			.toArray(TravelDocument[]::new);
	}

	@Override
	public String name() {
		return sltd.name();
	}

	@Override
	public String auditAction() {
		return sltd.auditAction();
	}

	@Override
	public DocumentFind.Key keyOf(@Nullable DocumentFindItem item) {
		return sltd.keyOf(item);
	}

	@Override
	public String audited(DocumentFind.Key key) {
		return sltd.audited(key);
	}

	@Override
	public FoundRecord found(TravelDocument document) {
		return sltd.found(document);
	}

	@Override
	public DocumentMatch shown(TravelDocument document) {
		return sltd.shown(document);
	}
}
