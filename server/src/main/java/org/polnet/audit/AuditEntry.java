package org.polnet.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the audit trail as auditors read it.
 *
 * @param id         the entry's number, given when it was written (not in commit order)
 * @param sequence   its place in the hash chain, given by the sealer shortly after commit; null until sealed
 * @param recordedAt when it was written (UTC, microsecond precision)
 * @param record     who did what to which target, why, and how it ended
 */
public record AuditEntry(long id, @Nullable Long sequence, Instant recordedAt, AuditRecord record) {
}
