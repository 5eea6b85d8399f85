package org.polnet.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.polnet.imports.ImportTarget.WriteCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The imports_job and imports_rejection tables. */
@Component
class ImportJobs {

	private static final String COLUMNS = """
			id, target, office, uploader, file_name, sha256, format, status, failure, rows_read, rows_valid, rows_rejected,
			rows_new, rows_changed, rows_unchanged, started_at, finished_at""";

	/** A rejected row as stored. */
	record Rejection(long line, @Nullable String field, String reason, String raw) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** A new running job, or empty when the same file for the same target and office is already a job. */
	Optional<Long> start(String target, String office, String uploader, String fileName, String sha256,
			String format, Instant now) {
		return jdbc.sql("""
				INSERT INTO imports_job (target, office, uploader, file_name, sha256, format, status, started_at)
				VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)
				ON CONFLICT (target, office, sha256) WHERE status <> 'FAILED' DO NOTHING
				RETURNING id""")
			.params(target, office, uploader, fileName, sha256, format, at(now))
			.query(Long.class)
			.optional();
	}

	Optional<ImportJob> sameFile(String target, String office, String sha256) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM imports_job WHERE target = ? AND office = ? AND sha256 = ? AND status <> 'FAILED'")
			.params(target, office, sha256)
			.query(ImportJobs::job)
			.optional();
	}

	Optional<ImportJob> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM imports_job WHERE id = ?").param(id).query(ImportJobs::job).optional();
	}

	/** The latest jobs of an office, or of every office when {@code office} is null. */
	List<ImportJob> latest(@Nullable String office, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM imports_job WHERE (CAST(? AS text) IS NULL OR office = ?)"
				+ " ORDER BY started_at DESC, id DESC LIMIT ?")
			.params(office, office, limit)
			.query(ImportJobs::job)
			.list();
	}

	void progress(long id, long read, long valid, long rejected, WriteCounts written) {
		jdbc.sql("""
				UPDATE imports_job SET rows_read = ?, rows_valid = ?, rows_rejected = ?, rows_new = ?, rows_changed = ?,
				rows_unchanged = ? WHERE id = ?""")
			.params(read, valid, rejected, written.inserted(), written.changed(), written.unchanged(), id)
			.update();
	}

	void finish(long id, ImportJob.Status status, @Nullable String failure, Instant now) {
		jdbc.sql("UPDATE imports_job SET status = ?, failure = ?, finished_at = ? WHERE id = ?")
			.params(status.name(), failure, at(now), id)
			.update();
	}

	/** Jobs left running by a stopped server can never finish: they failed. */
	/** Jobs still running that started before this server did: their process is gone. */
	int failAbandoned(Instant serverStarted, Instant now) {
		return jdbc.sql("""
				UPDATE imports_job SET status = 'FAILED', failure = 'interrupted by a server restart', finished_at = ?
				WHERE status = 'RUNNING' AND started_at < ?""").params(at(now), at(serverStarted)).update();
	}

	void reject(long jobId, List<Rejection> rejections) {
		batches.batchUpdate("INSERT INTO imports_rejection (job_id, line_number, field, reason, raw_line) VALUES (?, ?, ?, ?, ?)",
				rejections, 1_000, (statement, rejection) -> {
					statement.setLong(1, jobId);
					statement.setLong(2, rejection.line());
					statement.setString(3, rejection.field());
					statement.setString(4, rejection.reason());
					statement.setString(5, rejection.raw());
				});
	}

	void eachRejection(long jobId, java.util.function.Consumer<Rejection> consumer) {
		jdbc.sql("SELECT line_number, field, reason, raw_line FROM imports_rejection WHERE job_id = ? ORDER BY line_number")
			.param(jobId)
			.query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.stream()
			.forEach(consumer);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static ImportJob job(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportJob(rs.getLong("id"), rs.getString("target"), rs.getString("office"), rs.getString("uploader"),
				rs.getString("file_name"), rs.getString("sha256"), rs.getString("format"),
				ImportJob.Status.valueOf(rs.getString("status")), rs.getString("failure"), rs.getLong("rows_read"),
				rs.getLong("rows_valid"), rs.getLong("rows_rejected"), rs.getLong("rows_new"), rs.getLong("rows_changed"),
				rs.getLong("rows_unchanged"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}
}
