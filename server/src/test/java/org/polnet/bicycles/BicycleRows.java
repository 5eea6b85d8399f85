package org.polnet.bicycles;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.polnet.records.StandardRecordTable;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bicycles tables, in the records' standard shape: only the bicycles' own columns and search are here. */
@Component
@Profile("bicycles")
class BicycleRows extends StandardRecordTable<Bicycle, BicycleDraft, Bicycles.Query> {

	BicycleRows(JdbcClient jdbc) {
		super(jdbc, "bicycles_bicycle", "STOLEN", Bicycle::fromRow);
	}

	@Override
	protected Map<String, @Nullable Object> columns(BicycleDraft draft) {
		return Map.of("frame_number", draft.frameNumber(), "make", draft.make());
	}

	@Override
	protected List<String> keyColumns() {
		return List.of("frame_number");
	}

	@Override
	protected String where(Bicycles.Query query, Map<String, Object> params) {
		params.put("frame", query.frameNumber());
		return query.frameNumber() == null ? "" : "r.frame_number = :frame";
	}
}
