package org.polnet.documents;

import java.time.Instant;

/** One line of a record's history: reported, amended (with the status it then had) or withdrawn (with why). */
public record SltdHistoryEntry(Instant changedAt, String changedBy, String change, DocumentStatus status, String note) {
}
