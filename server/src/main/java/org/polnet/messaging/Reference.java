package org.polnet.messaging;

/**
 * What a message is about, when it refers to something else on the network.
 *
 * @param kind  a notice, a police record or a case
 * @param value its reference, as the other system writes it (e.g. {@code A-1234/5-2026}, {@code SLTD-...})
 */
public record Reference(Kind kind, String value) {

	public enum Kind {
		NOTICE, RECORD, CASE
	}
}
