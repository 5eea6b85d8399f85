package org.polnet.records;

/** What happened to a record, in its history, its audit action and its change event. */
public enum Change {

	REPORTED("report"), AMENDED("amend"), RECOVERED("recover"), WITHDRAWN("withdraw"),
	/** Reviewed by its owner and kept: the review period counts again from that day. */
	RENEWED("renew");

	private final String verb;

	Change(String verb) {
		this.verb = verb;
	}

	/** The audit action of this change in a database: {@code documents.report}, {@code vehicles.recover}. */
	public String action(String database) {
		return database + "." + verb;
	}
}
