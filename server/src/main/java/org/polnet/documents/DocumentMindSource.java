package org.polnet.documents;

import org.polnet.access.AccessPolicy;
import org.polnet.access.SqlFilter;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.identity.CurrentOfficer;
import org.polnet.mind.MindSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SLTD entries of a MIND package: the active records the office may see, by issuing country and number. */
@Component
class DocumentMindSource implements MindSource {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	DocumentMindSource(JdbcClient jdbc, AccessPolicy access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	// a possible hit reveals that a record exists: only what the office may see goes in
	@Override
	public int addVisibleEntries(CurrentOfficer viewer, MindPackageWriter writer) {
		SqlFilter visible = access.sqlFilter(viewer, "d");
		int[] count = { 0 };
		jdbc.sql("SELECT DISTINCT d.issuing_country, d.normalised_number FROM documents_sltd d"
				+ " WHERE d.withdrawn_at IS NULL AND " + visible.whereClause())
			.params(visible.params())
			.query((RowCallbackHandler) rs -> {
				writer.addDocument(rs.getString(1), rs.getString(2));
				count[0]++;
			});
		return count[0];
	}
}
