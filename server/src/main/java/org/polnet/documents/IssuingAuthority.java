package org.polnet.documents;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.polnet.access.WritePolicy;
import org.polnet.engines.mrz.IcaoCodes;

/**
 * Which office adds and changes the SLTD records of documents an ICAO code issued: "only the NCB of the issuing
 * country". The mapping:
 * <ul>
 * <li>an ISO 3166 alpha-3 code: the NCB of that country ({@code FRA} → {@code NCB-FRA}); a territory without an NCB
 * of its own has no office here, so nobody records its documents until the members module lists one;</li>
 * <li>{@code D} (Germany's ICAO code) → {@code NCB-DEU};</li>
 * <li>the British nationality categories {@code GBD, GBN, GBO, GBP, GBS} → {@code NCB-GBR}, which issues them;</li>
 * <li>{@code RKS} (Kosovo's own passports) → {@code NCB-RKS} only if the members module knows such an office;</li>
 * <li>documents of organisations and for stateless persons and refugees ({@code UNO, UNA, UNK, EUE, X..}): no
 * country issues them, so the General Secretariat ({@code GS}) records them.</li>
 * </ul>
 */
public final class IssuingAuthority {

	/** Compiled once: every FIND check and every imported row asks (String.matches compiles on each call). */
	private static final Pattern CODE = Pattern.compile("[A-Z]{1,3}");

	private static final Set<String> BRITISH = Set.of("GBD", "GBN", "GBO", "GBP", "GBS");

	private static final Set<String> ORGANISATIONS = Set.of("UNO", "UNA", "UNK", "EUE");

	/** SLTD's narrowing of the owner rule: the officer's office is the issuing authority of the document. */
	static final WritePolicy<String> ISSUING_AUTHORITY_ONLY = (officer, issuingCountry) -> officeFor(issuingCountry)
		.map(officer.officeCode()::equals)
		.orElse(false);

	private IssuingAuthority() {
	}

	/** The office code of the issuing authority, empty when the code is not a known ICAO code. */
	public static Optional<String> officeFor(String icaoCode) {
		if (!isKnown(icaoCode)) {
			return Optional.empty();
		}
		if (icaoCode.equals("D")) {
			return Optional.of("NCB-DEU");
		}
		if (BRITISH.contains(icaoCode)) {
			return Optional.of("NCB-GBR");
		}
		if (ORGANISATIONS.contains(icaoCode) || icaoCode.startsWith("X")) {
			return Optional.of("GS");
		}
		return Optional.of("NCB-" + icaoCode);
	}

	/** Whether the code is an ICAO issuing state or organisation code as written in an MRZ, without filler. */
	public static boolean isKnown(String icaoCode) {
		return CODE.matcher(icaoCode).matches() && IcaoCodes.isKnown(icaoCode);
	}
}
