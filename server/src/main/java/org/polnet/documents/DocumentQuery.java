package org.polnet.documents;

import org.jspecify.annotations.Nullable;

/**
 * A search of the SLTD records an officer may see; null or blank criteria match everything.
 *
 * @param number          compared normalised, as FIND does
 * @param issuingCountry  an ICAO code
 * @param includeWithdrawn whether withdrawn records are listed too
 */
public record DocumentQuery(@Nullable String number, @Nullable String issuingCountry, @Nullable DocumentStatus status,
		boolean includeWithdrawn) {

	public static DocumentQuery all() {
		return new DocumentQuery(null, null, null, false);
	}
}
