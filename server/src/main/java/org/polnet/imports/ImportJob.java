package org.polnet.imports;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One uploaded file and what became of its rows. {@code rowsValid = rowsNew + rowsChanged + rowsUnchanged} once
 * completed; {@code rowsRead = rowsValid + rowsRejected}.
 */
public record ImportJob(long id, String target, String office, String uploader, String fileName, String sha256,
		String format, Status status, @Nullable String failure, long rowsRead, long rowsValid, long rowsRejected,
		long rowsNew, long rowsChanged, long rowsUnchanged, Instant startedAt, @Nullable Instant finishedAt) {

	public enum Status {
		RUNNING, COMPLETED, FAILED
	}

	public boolean running() {
		return status == Status.RUNNING;
	}
}
