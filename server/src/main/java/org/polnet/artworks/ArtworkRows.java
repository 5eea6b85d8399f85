package org.polnet.artworks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.access.SqlFilter;
import org.polnet.records.Change;
import org.polnet.records.HistoryEntry;
import org.polnet.records.RecordTable;
import org.polnet.searchtext.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The WoA tables: records, their status history and their photos. */
@Repository
class ArtworkRows implements RecordTable<Artwork, ArtworkDraft> {

	/** The weighted words of a record: title and maker A, inscriptions and marks B, the rest C. */
	private static final String SEARCH_DOC = """
			setweight(to_tsvector('simple', :doc_a), 'A') || setweight(to_tsvector('simple', :doc_b), 'B')
			 || setweight(to_tsvector('simple', :doc_c), 'C')""";

	private final JdbcClient jdbc;

	ArtworkRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A reported work: stolen, with the first line of its status history. */
	@Override
	public long insert(ArtworkDraft draft, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt,
			String reportedBy) {
		Instant now = Instant.now();
		long id = insert(draft, access, now, reviewAt);
		history(id, ArtworkStatus.STOLEN, null, reportedBy, access.ownerOffice(), now);
		return id;
	}

	long insert(ArtworkDraft draft, RecordAccess access, Instant now, LocalDate reviewAt) {
		return jdbc.sql("""
				INSERT INTO artworks_work (title, maker, category, period, materials, dimensions, inscriptions,
				  description, stolen_on, stolen_place, stolen_country, search_doc, updated_at, owner_office,
				  classification, access_scope, access_countries, created_at, review_at, status)
				VALUES (:title, :maker, :category, :period, :materials, :dimensions, :inscriptions, :description,
				  :stolen_on, :stolen_place, :stolen_country, """ + SEARCH_DOC + """
				, :now, :owner_office, :classification, :access_scope, :access_countries, :now, :review_at, 'STOLEN')
				RETURNING id""")
			.params(fields(draft))
			.params(access.columns())
			.param("now", java.sql.Timestamp.from(now))
			.param("review_at", reviewAt)
			.query(Long.class)
			.single();
	}

	@Override
	public void update(long id, ArtworkDraft draft, RecordAccess access, LocalDate reviewAt) {
		Instant now = Instant.now();
		jdbc.sql("""
				UPDATE artworks_work SET title = :title, maker = :maker, category = :category, period = :period,
				  materials = :materials, dimensions = :dimensions, inscriptions = :inscriptions,
				  description = :description, stolen_on = :stolen_on, stolen_place = :stolen_place,
				  stolen_country = :stolen_country, search_doc = """ + SEARCH_DOC + """
				, updated_at = :now, classification = :classification, access_scope = :access_scope,
				  access_countries = :access_countries, review_at = :review_at
				WHERE id = :id""")
			.params(fields(draft))
			.params(access.columns())
			.param("now", java.sql.Timestamp.from(now))
			.param("review_at", reviewAt)
			.param("id", id)
			.update();
	}

	@Override
	public void close(long id, Change closing, String reason) {
		ArtworkStatus status = switch (closing) {
			case RECOVERED -> ArtworkStatus.RECOVERED;
			case WITHDRAWN -> ArtworkStatus.WITHDRAWN;
			default -> throw new IllegalArgumentException("Not a closing: " + closing);
		};
		jdbc.sql("""
				UPDATE artworks_work SET status = :status, updated_at = now(),
				  withdrawn_reason = CASE WHEN :status = 'WITHDRAWN' THEN :reason ELSE NULL END
				WHERE id = :id""")
			.param("status", status.name())
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/**
	 * The status history of a work keeps its status changes (reported stolen, recovered, withdrawn) with the owner
	 * office: an amendment of its description is in the audit trail, not here.
	 */
	@Override
	public void addHistory(long id, String changedBy, Change change, String status, String note) {
		if (change != Change.AMENDED) {
			jdbc.sql("""
					INSERT INTO artworks_status_history (work_id, status, reason, changed_by, office, changed_at)
					SELECT id, ?, ?, ?, owner_office, now() FROM artworks_work WHERE id = ?""")
				.params(status, note.isEmpty() ? null : note, changedBy, id)
				.update();
		}
	}

	@Override
	public List<HistoryEntry> historyOf(long id) {
		return history(id).stream()
			.map(step -> new HistoryEntry(step.at(), step.changedBy(), switch (step.status()) {
				case STOLEN -> Change.REPORTED.name();
				case RECOVERED -> Change.RECOVERED.name();
				case WITHDRAWN -> Change.WITHDRAWN.name();
			}, step.status().name(), step.reason() == null ? "" : step.reason()))
			.toList();
	}

	void history(long id, ArtworkStatus status, @Nullable String reason, String by, String office, Instant at) {
		jdbc.sql("""
				INSERT INTO artworks_status_history (work_id, status, reason, changed_by, office, changed_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, status.name(), reason, by, office, java.sql.Timestamp.from(at))
			.update();
	}

	@Override
	public void renew(long id, LocalDate reviewAt) {
		jdbc.sql("UPDATE artworks_work SET review_at = :review, updated_at = now() WHERE id = :id AND status = 'STOLEN'")
			.param("review", reviewAt)
			.param("id", id)
			.update();
	}

	@Override
	public Optional<Artwork> find(long id) {
		Optional<Artwork> work = jdbc.sql("SELECT * FROM artworks_work WHERE id = ?")
			.param(id)
			.query((rs, n) -> artwork(rs))
			.optional();
		return work.map(found -> new Artwork(found.id(), found.title(), found.maker(), found.category(),
				found.period(), found.materials(), found.dimensions(), found.inscriptions(), found.description(),
				found.stolenOn(), found.stolenPlace(), found.stolenCountry(), found.access(), found.createdAt(),
				found.updatedAt(), found.reviewAt(), found.status(), found.withdrawnReason(), photoNumbers(id),
				history(id)));
	}

	/** Only the access columns and the status: for the checks before a change. */
	Optional<RecordAccess> access(long id) {
		return jdbc.sql("SELECT owner_office, classification, access_scope, access_countries FROM artworks_work WHERE id = ?")
			.param(id)
			.query((rs, n) -> RecordAccess.fromRow(rs))
			.optional();
	}

	ArtworkPage search(ArtworkQuery query, SqlFilter visible, int page, int size) {
		Map<String, Object> params = new HashMap<>(visible.params());
		StringBuilder where = new StringBuilder(" WHERE ").append(visible.whereClause());
		String words = tsQuery(query.text());
		if (!words.isEmpty()) {
			where.append(" AND w.search_doc @@ to_tsquery('simple', :words)");
			params.put("words", words);
		}
		if (query.category() != null) {
			where.append(" AND w.category = :category");
			params.put("category", query.category().name());
		}
		if (query.country() != null) {
			where.append(" AND w.stolen_country = :country");
			params.put("country", query.country());
		}
		if (query.status() != null) {
			where.append(" AND w.status = :status");
			params.put("status", query.status().name());
		}
		long total = jdbc.sql("SELECT count(*) FROM artworks_work w" + where).params(params).query(Long.class).single();
		String rank = words.isEmpty() ? "0" : "ts_rank(w.search_doc, to_tsquery('simple', :words))";
		List<ArtworkSummary> items = jdbc.sql("""
				SELECT w.id, w.title, w.maker, w.category, w.stolen_on, w.stolen_country, w.status, w.owner_office,
				  coalesce((SELECT min(p.n) FROM artworks_photo p WHERE p.work_id = w.id), 0) AS first_photo,
				  """ + rank + " AS rank FROM artworks_work w" + where
				+ " ORDER BY rank DESC, w.created_at DESC, w.id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new ArtworkSummary(rs.getLong("id"), rs.getString("title"), rs.getString("maker"),
					Category.valueOf(rs.getString("category")), rs.getObject("stolen_on", LocalDate.class),
					rs.getString("stolen_country"), ArtworkStatus.valueOf(rs.getString("status")),
					rs.getString("owner_office"), rs.getInt("first_photo"), rs.getDouble("rank")))
			.list();
		return new ArtworkPage(items, page, size, total);
	}

	/** Every word a prefix to match, all required: "harbour dusk" → {@code harbour:* & dusk:*}. */
	static String tsQuery(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String normal = SearchText.words(text);
		if (normal.isEmpty()) {
			return "";
		}
		return Arrays.stream(normal.split(" ")).map(word -> word + ":*").collect(Collectors.joining(" & "));
	}

	boolean any() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM artworks_work)").query(Boolean.class).single();
	}

	int addPhoto(long id, PhotoImages.Checked photo, String by, Instant at) {
		return jdbc.sql("""
				INSERT INTO artworks_photo (work_id, n, content_type, image, thumbnail, width, height, uploaded_by,
				  uploaded_at)
				VALUES (:id, (SELECT coalesce(max(n), 0) + 1 FROM artworks_photo WHERE work_id = :id), :type, :image,
				  :thumb, :width, :height, :by, :at)
				RETURNING n""")
			.param("id", id)
			.param("type", photo.contentType())
			.param("image", photo.bytes())
			.param("thumb", photo.thumbnail())
			.param("width", photo.width())
			.param("height", photo.height())
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.query(Integer.class)
			.single();
	}

	Optional<ArtworkPhoto> photo(long id, int n, boolean thumbnail) {
		String column = thumbnail ? "thumbnail" : "image";
		return jdbc.sql("SELECT " + column + " AS bytes, content_type FROM artworks_photo WHERE work_id = ? AND n = ?")
			.params(id, n)
			.query((rs, row) -> new ArtworkPhoto(thumbnail ? PhotoImages.JPEG : rs.getString("content_type"),
					rs.getBytes("bytes")))
			.optional();
	}

	private List<Integer> photoNumbers(long id) {
		return jdbc.sql("SELECT n FROM artworks_photo WHERE work_id = ? ORDER BY n").param(id).query(Integer.class).list();
	}

	private List<Artwork.StatusChange> history(long id) {
		return jdbc.sql("SELECT * FROM artworks_status_history WHERE work_id = ? ORDER BY id")
			.param(id)
			.query((rs, n) -> new Artwork.StatusChange(ArtworkStatus.valueOf(rs.getString("status")),
					rs.getString("reason"), rs.getString("changed_by"), rs.getString("office"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	private static Map<String, Object> fields(ArtworkDraft d) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", d.title());
		params.put("maker", d.maker());
		params.put("category", d.category().name());
		params.put("period", d.period());
		params.put("materials", d.materials());
		params.put("dimensions", d.dimensions());
		params.put("inscriptions", d.inscriptions());
		params.put("description", d.description());
		params.put("stolen_on", d.stolenOn());
		params.put("stolen_place", d.stolenPlace());
		params.put("stolen_country", d.stolenCountry());
		params.put("doc_a", SearchText.words(d.title() + " " + d.maker()));
		params.put("doc_b", SearchText.words(d.inscriptions()));
		params.put("doc_c", SearchText.words(String.join(" ", d.category().name().replace('_', ' '), d.period(),
				d.materials(), d.dimensions(), d.description(), d.stolenPlace(),
				d.stolenCountry() == null ? "" : d.stolenCountry())));
		return params;
	}

	private static Artwork artwork(ResultSet rs) throws SQLException {
		return new Artwork(rs.getLong("id"), rs.getString("title"), rs.getString("maker"),
				Category.valueOf(rs.getString("category")), rs.getString("period"), rs.getString("materials"),
				rs.getString("dimensions"), rs.getString("inscriptions"), rs.getString("description"),
				rs.getObject("stolen_on", LocalDate.class), rs.getString("stolen_place"), rs.getString("stolen_country"),
				RecordAccess.fromRow(rs), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getObject("review_at", LocalDate.class),
				ArtworkStatus.valueOf(rs.getString("status")), rs.getString("withdrawn_reason"), List.of(), List.of());
	}
}
