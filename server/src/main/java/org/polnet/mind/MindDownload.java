package org.polnet.mind;

/**
 * A MIND package or delta handed to an office.
 *
 * @param bytes   the signed file
 * @param version the version the office has after installing it
 * @param delta   whether it is a delta from the version the caller gave, rather than a full package
 * @param entries the number of entries in the package at this version
 */
public record MindDownload(byte[] bytes, long version, boolean delta, int entries) {

	/** A file name naming the office and version, e.g. {@code mind-NCB-FRA-v3.mind} or {@code …-v3-delta.mind}. */
	public String fileName(String office) {
		return "mind-" + office + "-v" + version + (delta ? "-delta" : "") + ".mind";
	}
}
