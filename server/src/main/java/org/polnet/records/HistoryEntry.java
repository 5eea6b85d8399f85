package org.polnet.records;

import java.time.Instant;

/**
 * One line of a record's history: who reported, amended, recovered or withdrew it and when, the status it then
 * had, and the note or reason given.
 *
 * @param change {@link Change#name()}
 * @param status the record's status as stored ({@link PoliceRecord#statusName()})
 */
public record HistoryEntry(Instant changedAt, String changedBy, String change, String status, String note) {
}
