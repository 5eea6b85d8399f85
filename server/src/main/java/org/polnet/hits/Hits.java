package org.polnet.hits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hits and their history, in the module's own tables. */
@Repository
class Hits {

	private static final String COLUMNS = """
			id, database_name, record_reference, record_summary, record_link, owner_office, checking_office, checked_by,
			checked_by_system, place, purpose, checked_at, check_reference, created_at, owner_answer, owner_answered_by,
			owner_answered_at, owner_note, checker_answer, checker_answered_by, checker_answered_at, checker_note""";

	private final JdbcClient jdbc;

	Hits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new hit and its first history step; empty when the same check already raised it. */
	Optional<Hit> raise(RecordMatched match, Instant now) {
		Optional<Long> id = jdbc.sql("""
				INSERT INTO hits_hit (database_name, record_reference, record_summary, record_link, owner_office,
				  checking_office, checked_by, checked_by_system, place, purpose, checked_at, check_reference, created_at)
				VALUES (:database, :reference, :summary, :link, :owner, :checking, :checkedBy, :system, :place, :purpose,
				  :checkedAt, :checkReference, :now)
				ON CONFLICT (check_reference, database_name, record_reference) DO NOTHING
				RETURNING id""")
			.param("database", match.database())
			.param("reference", match.recordReference())
			.param("summary", match.recordSummary())
			.param("link", match.recordLink())
			.param("owner", match.recordOwnerOffice())
			.param("checking", match.checkingOffice())
			.param("checkedBy", match.checkedBy())
			.param("system", match.checkedBySystem())
			.param("place", match.place())
			.param("purpose", match.purpose())
			.param("checkedAt", timestamp(match.checkedAt()))
			.param("checkReference", match.checkReference())
			.param("now", timestamp(now))
			.query(Long.class)
			.optional();
		id.ifPresent(raised -> history(raised, now, null, null, match.checkedBy(), match.checkingOffice(), null,
				HitStatus.OPEN));
		return id.flatMap(this::byId);
	}

	Optional<Hit> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM hits_hit WHERE id = ?").param(id).query(Hits::hit).optional();
	}

	/**
	 * Stores one side's answer. Only if that side has not answered meanwhile (two officers of one office answering at
	 * the same moment): false then, and nothing changes.
	 */
	boolean saveAnswer(Hit hit, Side side, String office) {
		SideAnswer answer = hit.answerOf(side);
		if (answer == null) {
			throw new IllegalArgumentException("Side " + side + " has not answered hit " + hit.id());
		}
		String prefix = side == Side.OWNER ? "owner" : "checker";
		int updated = jdbc.sql("UPDATE hits_hit SET status = :status, " + prefix + "_answer = :answer, " + prefix
				+ "_answered_by = :officer, " + prefix + "_answered_at = :at, " + prefix + "_note = :note WHERE id = :id AND "
				+ prefix + "_answer IS NULL")
			.param("status", hit.status().name())
			.param("answer", answer.answer().name())
			.param("officer", answer.officer())
			.param("at", timestamp(answer.at()))
			.param("note", answer.note())
			.param("id", hit.id())
			.update();
		if (updated == 1) {
			history(hit.id(), answer.at(), side, answer.answer(), answer.officer(), office, answer.note(), hit.status());
		}
		return updated == 1;
	}

	List<HitHistoryEntry> history(long hitId) {
		return jdbc.sql("SELECT at, side, answer, actor, office, note, status FROM hits_hit_history WHERE hit_id = ? ORDER BY id")
			.param(hitId)
			.query((rs, row) -> new HitHistoryEntry(instant(rs, "at"), side(rs.getString("side")),
					answer(rs.getString("answer")), rs.getString("actor"), rs.getString("office"), rs.getString("note"),
					HitStatus.valueOf(rs.getString("status"))))
			.list();
	}

	/**
	 * A page of hits, newest first.
	 *
	 * @param office the reader's office: only hits it owns or checked (narrowed by the query's side); null for all
	 */
	HitPage search(HitQuery query, @Nullable String office, int page, int size) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (office != null) {
			Side side = query.side();
			where.add(side == Side.OWNER ? "owner_office = :office"
					: side == Side.CHECKER ? "checking_office = :office" : "(owner_office = :office OR checking_office = :office)");
			params.put("office", office);
		}
		if (query.status() != null) {
			where.add("status = :status");
			params.put("status", query.status().name());
		}
		if (query.database() != null) {
			where.add("database_name = :database");
			params.put("database", query.database());
		}
		if (query.from() != null) {
			where.add("created_at >= :from");
			params.put("from", timestamp(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		if (query.to() != null) {
			where.add("created_at < :to");
			params.put("to", timestamp(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
		String text = "SELECT " + COLUMNS + " FROM hits_hit" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
		params.put("limit", size + 1);
		params.put("offset", (long) page * size);
		List<Hit> hits = jdbc.sql(text).params(params).query(Hits::hit).list();
		boolean hasNext = hits.size() > size;
		return new HitPage(hasNext ? hits.subList(0, size) : hits, page, size, hasNext);
	}

	/** How many hits still wait for the office's answer, as owner or as checker. */
	long awaitingAnswer(String office) {
		return jdbc.sql("""
				SELECT count(*) FROM hits_hit
				WHERE (owner_office = :office AND owner_answer IS NULL) OR (checking_office = :office AND checker_answer IS NULL)""")
			.param("office", office)
			.query(Long.class)
			.single();
	}

	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM hits_hit)").query(Boolean.class).single();
	}

	private void history(long hitId, Instant at, @Nullable Side side, @Nullable Answer answer, String actor,
			String office, @Nullable String note, HitStatus status) {
		jdbc.sql("""
				INSERT INTO hits_hit_history (hit_id, at, side, answer, actor, office, note, status)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(hitId, timestamp(at), side == null ? null : side.name(), answer == null ? null : answer.name(), actor,
					office, note, status.name())
			.update();
	}

	private static Hit hit(ResultSet rs, int row) throws SQLException {
		return new Hit(rs.getLong("id"), rs.getString("database_name"), rs.getString("record_reference"),
				rs.getString("record_summary"), rs.getString("record_link"), rs.getString("owner_office"),
				rs.getString("checking_office"), rs.getString("checked_by"), rs.getBoolean("checked_by_system"),
				rs.getString("place"), rs.getString("purpose"), instant(rs, "checked_at"), rs.getString("check_reference"),
				instant(rs, "created_at"), sideAnswer(rs, "owner"), sideAnswer(rs, "checker"));
	}

	private static @Nullable SideAnswer sideAnswer(ResultSet rs, String prefix) throws SQLException {
		Answer answer = answer(rs.getString(prefix + "_answer"));
		return answer == null ? null : new SideAnswer(answer, rs.getString(prefix + "_answered_by"),
				instant(rs, prefix + "_answered_at"), rs.getString(prefix + "_note"));
	}

	private static @Nullable Answer answer(@Nullable String value) {
		return value == null ? null : Answer.valueOf(value);
	}

	private static @Nullable Side side(@Nullable String value) {
		return value == null ? null : Side.valueOf(value);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	/** With its offset, so that PostgreSQL never reads it in the session's time zone. */
	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
