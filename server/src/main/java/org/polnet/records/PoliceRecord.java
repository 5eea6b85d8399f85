package org.polnet.records;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;

/** What the records skeleton needs of every database's record, whatever its own fields. */
public interface PoliceRecord {

	/** The record's number in its table. */
	long id();

	/** Owner office, classification and which countries may see it. */
	RecordAccess access();

	/** How the audit trail, hits and links name it: {@code SLTD-42}. */
	String reference();

	/** What both sides of a hit may see of it. */
	String summary();

	/** The name of the record's status as stored, for its history ({@code STOLEN_ISSUED}, {@code RECOVERED}). */
	String statusName();

	Instant createdAt();

	LocalDate reviewAt();

	/** Why its owner withdrew it, while it is withdrawn; else null. */
	@Nullable String withdrawnReason();

	/** Whether the record is open: FIND matches it and its owner may change it; closed records are history. */
	boolean active();
}
