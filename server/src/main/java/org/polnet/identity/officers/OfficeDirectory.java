package org.polnet.identity.officers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.polnet.members.Offices;
import org.springframework.stereotype.Component;

/**
 * The offices an officer can belong to and their English names, as the members module knows them: the
 * organisation's own offices and one NCB per member country ({@code NCB-<ISO3>}).
 * <p>
 * The one place identity learns about offices.
 */
@Component
public class OfficeDirectory {

	private final Offices offices;

	OfficeDirectory(Offices offices) {
		this.offices = offices;
	}

	public boolean exists(String officeCode) {
		return offices.office(officeCode).isPresent();
	}

	/** The office's English name; the code itself for an office no longer known. */
	public String name(String officeCode) {
		return find(officeCode).orElse(officeCode);
	}

	Optional<String> find(String officeCode) {
		return offices.office(officeCode).map(office -> office.name().in(Locale.ENGLISH));
	}

	/** Every office code and name, the organisation's offices first, then NCBs by country code. */
	public Map<String, String> all() {
		Map<String, String> all = new LinkedHashMap<>();
		offices.offices()
			.stream()
			.sorted((a, b) -> a.isNationalCentralBureau() == b.isNationalCentralBureau() ? a.code().compareTo(b.code())
					: a.isNationalCentralBureau() ? 1 : -1)
			.forEach(office -> all.put(office.code(), office.name().in(Locale.ENGLISH)));
		return all;
	}

}
