package org.polnet.records;

import org.polnet.access.ReviewPeriod;

/**
 * Which database a {@link Records} keeps.
 *
 * @param database     its name in references and hits: {@code SLTD}, {@code SMV}, {@code WOA}
 * @param module       its module's name, which starts its audit actions and its pages' paths: {@code documents}
 * @param reviewPeriod  how long its records are kept before their owner reviews them
 * @param checkedByFind whether frontline systems check it by FIND, on a check page ({@code /find/<module>}) that
 *                      its list page links to
 */
public record RecordKind(String database, String module, ReviewPeriod reviewPeriod, boolean checkedByFind) {

	/** A database that FIND does not check. */
	public RecordKind(String database, String module, ReviewPeriod reviewPeriod) {
		this(database, module, reviewPeriod, false);
	}

	/** The same database, checked by FIND. */
	public RecordKind withFindCheck() {
		return new RecordKind(database, module, reviewPeriod, true);
	}

	/** A record's reference: {@code SLTD-42}. */
	public String reference(long id) {
		return database + "-" + id;
	}

	/** The audit action of something done to the database's records: {@code documents.search}. */
	public String action(String verb) {
		return module + "." + verb;
	}

	/** The page of a record: {@code /documents/42}. */
	public String path(long id) {
		return "/" + module + "/" + id;
	}
}
