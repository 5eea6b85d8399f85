package org.polnet.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.ImportJobs.Rejection;
import org.polnet.imports.ImportTarget.ImportColumn;
import org.polnet.imports.ImportTarget.Parsed;
import org.polnet.imports.ImportTarget.RowProblem;
import org.polnet.imports.ImportTarget.WriteCounts;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * Reads one spooled file row by row and writes its valid rows in batches, each batch in a transaction of its own
 * together with its rejections and the job's counts: a failure later in the file never undoes committed batches.
 * One batch is written (on a virtual thread) while the next is read and validated, never more: batches commit
 * in file order, and at most two are in memory.
 */
final class ImportRun<T> {

	private static final Executor WRITER = runnable -> Thread.ofVirtual().name("import-writer").start(runnable);

	/** Past this many, rejected rows are still counted but no longer stored (a wrong file rejects every row). */
	static final int STORED_REJECTIONS = 100_000;

	private final long jobId;

	private final ImportTarget<T> target;

	private final CurrentOfficer uploader;

	private final ImportJobs jobs;

	private final TransactionTemplate transactions;

	private final int batchSize;

	private final Set<String> known;

	private final List<String> required;

	private final List<T> batch = new ArrayList<>();

	private final Map<Object, Long> batchKeys = new HashMap<>();

	/**
	 * The identifiers other than the natural key (a vehicle's plate) of the batch being written, with the line and
	 * natural key of the row holding each: the next batch is read while this one is written, so its rows are not yet
	 * in the database for the target's checks, and a row holding one of them under another natural key would break
	 * a unique index and fail its whole batch.
	 */
	private final Map<Object, Holder> writingKeys = new HashMap<>();

	private record Holder(long line, Object naturalKey) {
	}

	private final List<Rejection> rejections = new ArrayList<>();

	private long read;

	private long valid;

	private long rejected;

	private WriteCounts written = WriteCounts.NONE;

	/** The batch being written, if any; {@link #written} is read only after it is done. */
	private @Nullable Future<?> writing;

	ImportRun(long jobId, ImportTarget<T> target, CurrentOfficer uploader, ImportJobs jobs,
			TransactionTemplate transactions, int batchSize) {
		this.jobId = jobId;
		this.target = target;
		this.uploader = uploader;
		this.jobs = jobs;
		this.transactions = transactions;
		this.batchSize = batchSize;
		this.known = target.columns().stream().map(ImportColumn::name).collect(Collectors.toSet());
		this.required = target.columns().stream().filter(ImportColumn::required).map(ImportColumn::name).toList();
	}

	static RowReader open(SpooledUpload upload, FileFormat format, ObjectMapper json) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(upload.file()), StandardCharsets.UTF_8), 65_536);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return format == FileFormat.CSV ? CsvRows.open(reader) : new JsonLinesRows(reader, json);
	}

	WriteCounts run(RowReader rows) throws IOException {
		for (SourceRow row; (row = rows.next()) != null;) {
			read++;
			accept(row);
			if (batch.size() >= batchSize || rejections.size() >= batchSize) {
				flush();
			}
		}
		flush();
		awaitWriting();
		return written;
	}

	long read() {
		return read;
	}

	long valid() {
		return valid;
	}

	long rejected() {
		return rejected;
	}

	private void accept(SourceRow row) {
		if (row.problem() != null) {
			reject(row, List.of(row.problem()));
			return;
		}
		List<RowProblem> problems = new ArrayList<>();
		for (String field : row.fields().keySet()) {
			if (!known.contains(field)) {
				problems.add(new RowProblem(field, "unknown field"));
			}
		}
		for (String field : required) {
			String value = row.fields().get(field);
			if (value == null || value.isBlank()) {
				problems.add(new RowProblem(field, "required"));
			}
		}
		if (!problems.isEmpty()) {
			reject(row, problems);
			return;
		}
		switch (target.parse(row.fields(), uploader)) {
			case Parsed.Rejected<T> r -> reject(row, r.problems());
			case Parsed.Valid<T> v -> {
				List<Object> keys = target.batchKeys(v.row());
				Long earlier = keys.stream().map(batchKeys::get).filter(Objects::nonNull).findFirst().orElse(null);
				if (earlier == null && !writingKeys.isEmpty()) {
					Object natural = target.naturalKey(v.row());
					earlier = keys.stream()
						.map(writingKeys::get)
						.filter(holder -> holder != null && !holder.naturalKey().equals(natural))
						.map(Holder::line)
						.findFirst()
						.orElse(null);
				}
				if (earlier != null) {
					reject(row, List.of(new RowProblem(null, "the same record as line " + earlier)));
				}
				else {
					keys.forEach(key -> batchKeys.put(key, row.line()));
					batch.add(v.row());
					valid++;
				}
			}
		}
	}

	private void reject(SourceRow row, List<RowProblem> problems) {
		rejected++;
		if (rejected > STORED_REJECTIONS) {
			return;
		}
		for (RowProblem problem : problems) {
			rejections.add(new Rejection(row.line(), problem.field(), problem.reason(), row.raw()));
		}
	}

	private void flush() {
		awaitWriting();
		List<T> rows = List.copyOf(batch);
		List<Rejection> rejectedRows = List.copyOf(rejections);
		long readSoFar = read;
		long validSoFar = valid;
		long rejectedSoFar = rejected;
		WriteCounts before = written;
		writing = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			WriteCounts after = rows.isEmpty() ? before : before.plus(target.write(rows));
			jobs.reject(jobId, rejectedRows);
			jobs.progress(jobId, readSoFar, validSoFar, rejectedSoFar, after);
			written = after;
		}), WRITER);
		writingKeys.clear();
		for (T row : rows) {
			List<Object> keys = target.batchKeys(row);
			if (keys.size() > 1) {
				Object natural = target.naturalKey(row);
				for (Object key : keys) {
					if (!key.equals(natural)) {
						writingKeys.put(key, new Holder(batchKeys.get(key), natural));
					}
				}
			}
		}
		batch.clear();
		batchKeys.clear();
		rejections.clear();
	}

	/** Waits for the batch being written; its failure fails the job. */
	void awaitWriting() {
		if (writing == null) {
			return;
		}
		try {
			writing.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException runtime ? runtime
					: new IllegalStateException(e.getCause().getMessage(), e.getCause());
		}
		finally {
			writing = null;
		}
	}
}
