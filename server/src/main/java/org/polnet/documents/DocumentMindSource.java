package org.polnet.documents;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.polnet.access.AccessPolicy;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.records.RecordMindSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SLTD entries of a MIND package: the active records the office may see, by issuing country and number. */
@Component
class DocumentMindSource extends RecordMindSource {

	DocumentMindSource(JdbcClient jdbc, AccessPolicy access) {
		super(jdbc, access, "documents_sltd", "r.issuing_country, r.normalised_number", "r.withdrawn_at IS NULL");
	}

	@Override
	protected int addEntries(ResultSet keys, MindPackageWriter writer) throws SQLException {
		writer.addDocument(keys.getString(1), keys.getString(2));
		return 1;
	}
}
