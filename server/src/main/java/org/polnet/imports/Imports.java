package org.polnet.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.polnet.audit.AuditRecord;
import org.polnet.audit.AuditRecord.Outcome;
import org.polnet.audit.AuditTrail;
import org.polnet.csv.CsvWriter;
import org.polnet.identity.CurrentOfficer;
import org.polnet.imports.ImportTarget.ImportColumn;
import org.polnet.imports.ImportTarget.WriteCounts;
import org.polnet.refusals.ConflictException;
import org.polnet.refusals.InvalidInputException;
import org.polnet.refusals.NotFoundException;
import org.polnet.refusals.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.ObjectMapper;

/**
 * Uploads and their jobs. An upload is spooled and checked while it arrives (size, UTF-8, format, CSV header), so a
 * refused file is a 4xx with nothing written; an accepted file becomes a job processed in the background by a
 * bounded pool. The same file (SHA-256) for the same target and office answers with the earlier job.
 */
@Service
public class Imports {

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	// the rejection report has always quoted its text fields: feeds' scripts may expect it
	private static final CsvWriter REPORT = CsvWriter.FOR_SPREADSHEETS.quotingEveryValue();

	/** What an upload answered: a new job, or the job of the same file uploaded before. */
	public record Upload(ImportJob job, boolean sameFileAgain) {
	}

	/**
	 * Every worker busy and the queue full: not a refusal of the file, which the feed should send again later (the
	 * web answers 503).
	 */
	public static final class Busy extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Busy() {
			super("Too many imports are running; upload again in a few minutes.", null, false, false);
		}
	}

	private final Map<String, ImportTarget<?>> targets;

	private final ImportJobs jobs;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	private final Clock clock;

	private final Path spoolDirectory;

	private final long maxUploadBytes;

	private final int batchSize;

	private final ExecutorService workers;

	/** When this server's imports started: a job started before then was left running by an earlier process. */
	private final Instant started;

	Imports(List<ImportTarget<?>> targets, ImportJobs jobs, AuditTrail audit, TransactionTemplate transactions,
			ObjectMapper json, Clock clock, @Value("${polnet.data-dir}") Path dataDir,
			@Value("${polnet.imports.max-upload:32MB}") DataSize maxUpload,
			@Value("${polnet.imports.batch-size:10000}") int batchSize,
			@Value("${polnet.imports.workers:2}") int workers) {
		this.targets = targets.stream().collect(Collectors.toMap(ImportTarget::name, Function.identity()));
		this.jobs = jobs;
		this.audit = audit;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.started = clock.instant();
		this.spoolDirectory = dataDir.resolve("imports");
		this.maxUploadBytes = maxUpload.toBytes();
		this.batchSize = batchSize;
		// a few files at a time, a short queue; beyond that an upload is refused (503) rather than piling up
		this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(8),
				Thread.ofVirtual().name("import-", 0).factory());
	}

	/** The targets this server knows, by name. */
	public List<String> targetNames() {
		return targets.keySet().stream().sorted().toList();
	}

	public List<ImportColumn> columns(String target) {
		return target(target).columns();
	}

	public long maxUploadBytes() {
		return maxUploadBytes;
	}

	/**
	 * Takes an upload: refused with a {@link org.polnet.refusals.RefusedException} (nothing written) when too large, not UTF-8
	 * text, of another format than declared, or a CSV whose header names unknown fields or lacks a required one.
	 */
	public Upload upload(String targetName, String fileName, @Nullable String contentType, long declaredLength,
			InputStream content, CurrentOfficer uploader, @Nullable String clientAddress) {
		ImportTarget<?> target = target(targetName);
		if (declaredLength > maxUploadBytes) {
			throw new TooLargeException(
					"The file is larger than the " + maxUploadBytes + " bytes an import accepts; split it.");
		}
		SpooledUpload upload;
		try {
			upload = SpooledUpload.spool(content, spoolDirectory, maxUploadBytes);
		}
		catch (IOException e) {
			throw new InvalidInputException("The upload was interrupted.");
		}
		try {
			FileFormat format = FileFormat.of(contentType, fileName, upload.head());
			if (format == FileFormat.CSV) {
				checkHeader(target, upload);
			}
			return start(target, fileName, format, upload, uploader, clientAddress);
		}
		catch (RuntimeException e) {
			upload.delete();
			throw e;
		}
	}

	private Upload start(ImportTarget<?> target, String fileName, FileFormat format, SpooledUpload upload,
			CurrentOfficer uploader, @Nullable String clientAddress) {
		String office = uploader.officeCode();
		Optional<Long> started = transactions.execute(status -> {
			Optional<Long> id = jobs.start(target.name(), office, uploader.username(), fileName, upload.sha256(),
					format.name(), clock.instant());
			audit.record(auditRecord(uploader, "imports.upload", "job " + id.map(String::valueOf).orElse("-") + " "
					+ target.name() + " " + fileName + " sha256:" + upload.sha256() + (id.isEmpty() ? " (same file again)" : ""),
					Outcome.SUCCESS, clientAddress));
			return id;
		});
		if (started == null || started.isEmpty()) {
			upload.delete();
			ImportJob earlier = jobs.sameFile(target.name(), office, upload.sha256())
				.orElseThrow(() -> new ConflictException("Try again."));
			return new Upload(earlier, true);
		}
		long id = started.get();
		try {
			workers.execute(() -> process(id, target, format, upload, uploader));
		}
		catch (RejectedExecutionException e) {
			upload.delete();
			jobs.finish(id, ImportJob.Status.FAILED, "the server was busy with other imports", clock.instant());
			throw new Busy();
		}
		return new Upload(jobs.find(id).orElseThrow(), false);
	}

	private <T> void process(long id, ImportTarget<T> target, FileFormat format, SpooledUpload upload,
			CurrentOfficer uploader) {
		ImportRun<T> run = new ImportRun<>(id, target, uploader, jobs, transactions, batchSize);
		try (RowReader rows = ImportRun.open(upload, format, json)) {
			WriteCounts written = run.run(rows);
			transactions.executeWithoutResult(status -> {
				jobs.finish(id, ImportJob.Status.COMPLETED, null, clock.instant());
				audit.record(auditRecord(uploader, "imports.completed", "job " + id + " " + target.name() + ": read "
						+ run.read() + ", valid " + run.valid() + ", rejected " + run.rejected() + ", new "
						+ written.inserted() + ", changed " + written.changed() + ", unchanged " + written.unchanged(),
						Outcome.SUCCESS, null));
			});
		}
		catch (Exception e) {
			log.warn("Import job {} failed", id, e);
			try {
				run.awaitWriting(); // the batch in flight commits or fails before the job is marked failed
			}
			catch (RuntimeException alsoFailed) {
				log.debug("The batch being written failed too", alsoFailed);
			}
			String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			transactions.executeWithoutResult(status -> {
				jobs.finish(id, ImportJob.Status.FAILED, reason, clock.instant());
				audit.record(auditRecord(uploader, "imports.completed",
						"job " + id + " " + target.name() + " failed after " + run.read() + " rows", Outcome.FAILURE, null));
			});
		}
		finally {
			upload.delete();
		}
	}

	private void checkHeader(ImportTarget<?> target, SpooledUpload upload) {
		List<String> header;
		try (RowReader rows = ImportRun.open(upload, FileFormat.CSV, json)) {
			header = ((CsvRows) rows).header();
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(e.getMessage());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<String> known = target.columns().stream().map(ImportColumn::name).toList();
		List<String> problems = new ArrayList<>();
		header.stream().filter(name -> !known.contains(name)).forEach(name -> problems.add("unknown column " + name));
		header.stream()
			.filter(name -> header.indexOf(name) != header.lastIndexOf(name))
			.distinct()
			.forEach(name -> problems.add("column " + name + " twice"));
		target.columns()
			.stream()
			.filter(column -> column.required() && !header.contains(column.name()))
			.forEach(column -> problems.add("missing required column " + column.name()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(
					"The header row does not fit " + target.name() + ": " + String.join("; ", problems) + ".");
		}
	}

	/** A job the officer may see: its own office's, or any for the General Secretariat. */
	public Optional<ImportJob> job(long id, CurrentOfficer officer) {
		return jobs.find(id).filter(job -> mayView(officer, job));
	}

	/** The latest jobs the officer may see, newest first. */
	public List<ImportJob> latest(CurrentOfficer officer, int limit) {
		return jobs.latest(isGeneralSecretariat(officer) ? null : officer.officeCode(), limit);
	}

	/** Writes the job's rejected rows as CSV (line, field, reason, raw line); empty when the job is not visible. */
	public boolean writeRejections(long id, CurrentOfficer officer, Writer out) {
		if (job(id, officer).isEmpty()) {
			return false;
		}
		try {
			out.write("line,field,reason,raw\r\n");
			jobs.eachRejection(id, rejection -> {
				try {
					out.write(rejection.line() + ","
							+ REPORT.line(Arrays.asList(rejection.field(), rejection.reason(), rejection.raw())));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return true;
	}

	private static boolean mayView(CurrentOfficer officer, ImportJob job) {
		return isGeneralSecretariat(officer) || job.office().equals(officer.officeCode());
	}

	private static boolean isGeneralSecretariat(CurrentOfficer officer) {
		return "GS".equals(officer.officeCode()) && !officer.isSystem();
	}

	private ImportTarget<?> target(String name) {
		ImportTarget<?> target = targets.get(name);
		if (target == null) {
			throw new NotFoundException("No import target " + name + ".");
		}
		return target;
	}

	private static AuditRecord auditRecord(CurrentOfficer officer, String action, String target, Outcome outcome,
			@Nullable String clientAddress) {
		return AuditRecord.of(officer, action, target,
				"bulk import", outcome, clientAddress);
	}

	// only jobs older than this server: the web server accepts uploads before the application is ready
	@EventListener(ApplicationReadyEvent.class)
	void failAbandonedJobs() {
		int abandoned = jobs.failAbandoned(started, clock.instant());
		if (abandoned > 0) {
			log.warn("{} import jobs were left running by the last stop and are marked failed", abandoned);
		}
	}

	@PreDestroy
	void stop() {
		workers.shutdownNow();
	}
}
