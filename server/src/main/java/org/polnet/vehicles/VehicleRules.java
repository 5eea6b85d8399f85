package org.polnet.vehicles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.polnet.access.WritePolicy;
import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.engines.vin.VinResult;
import org.polnet.engines.vin.Vins;
import org.polnet.members.Members;
import org.polnet.refusals.InvalidInputException.Problem;
import org.springframework.stereotype.Component;

/**
 * The field rules of an SMV record, written once: {@link StolenVehicles} refuses a report or an amendment with the
 * first problem, a bulk import ({@link VehicleImportTarget}) rejects a row with all of them. VINs are checked by the
 * VIN engine (ISO 3779: 17 characters without I, O or Q; the North American check digit), never by hand here.
 */
@Component
class VehicleRules {

	/**
	 * Who reports a stolen vehicle: the NCB of the country where it was stolen, whose police investigate the theft
	 * (the registration country may be another one, and is unknown for a vehicle without plate).
	 */
	static final WritePolicy<VehicleDraft> STOLEN_COUNTRY_NCB_ONLY = (officer, report) -> report.stolenCountry()
		.equals(officer.ncbCountry());

	/** The same rule on a recorded vehicle, for changing its record. */
	static final WritePolicy<StolenVehicle> RECORD_OF_STOLEN_COUNTRY_NCB = (officer, vehicle) -> vehicle
		.stolenCountry()
		.equals(officer.ncbCountry());

	static final String NOT_STOLEN_COUNTRY_NCB = "Only the NCB of the country where the vehicle was stolen reports it";

	private final Members members;

	VehicleRules(Members members) {
		this.members = members;
	}

	List<Problem> problems(VehicleDraft report) {
		List<Problem> problems = new ArrayList<>();
		boolean hasVin = !report.vin().isBlank();
		boolean hasPlate = !report.plate().isBlank();
		if (hasVin) {
			vinProblem(report.vin()).ifPresent(reason -> problems.add(new Problem("vin", reason)));
		}
		if (hasPlate) {
			plateProblem(report.plate()).ifPresent(reason -> problems.add(new Problem("plate", reason)));
			if (!isMember(report.registrationCountry())) {
				problems.add(new Problem("registration_country", unknownCountry("registration")));
			}
		}
		if (!hasVin && !hasPlate) {
			problems.add(new Problem("vin",
					"Give the VIN, or (for a vehicle without a 17-character VIN) the plate and its registration country."));
		}
		if (!isMember(report.stolenCountry())) {
			problems.add(new Problem("stolen_country", unknownCountry("theft")));
		}
		if (report.stolenOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
			problems.add(new Problem("stolen_on", "The date of the theft is in the future."));
		}
		int nextYear = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
		if (report.modelYear() != null && (report.modelYear() < 1900 || report.modelYear() > nextYear)) {
			problems.add(new Problem("model_year", "The model year is between 1900 and " + nextYear + "."));
		}
		limit(problems, "chassis_number", report.chassisNumber(), 30);
		limit(problems, "make", report.make(), 60);
		limit(problems, "model", report.model(), 60);
		limit(problems, "colour", report.colour(), 40);
		limit(problems, "stolen_place", report.stolenPlace(), 200);
		limit(problems, "national_reference", report.nationalReference(), 100);
		limit(problems, "remarks", report.remarks(), 2_000);
		return problems;
	}

	/** Why this VIN cannot be recorded or checked (the engine's first problem, with its position), if it cannot. */
	static java.util.Optional<String> vinProblem(String vin) {
		VinResult result = Vins.parse(vin);
		if (result.valid()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of("The VIN is not valid: " + result.problems().getFirst().message() + ".");
	}

	/** Why this plate cannot be recorded or checked, if it cannot. */
	static java.util.Optional<String> plateProblem(String plate) {
		return normalisePlate(plate).matches("[A-Z0-9]{1,20}") && plate.strip().length() <= 30
				? java.util.Optional.empty()
				: java.util.Optional.of("A plate has 1 to 20 Latin letters and digits, spaces and dashes aside (up to 30 characters as written).");
	}

	/** The VIN as stored and compared: upper case, without spaces or dashes. */
	static String normaliseVin(String vin) {
		return Vins.parse(vin).vin();
	}

	static String normalisePlate(String plate) {
		return DocumentNumbers.normalise(plate);
	}

	/** An upper-cased ISO alpha-3 code if it names a member country. */
	boolean isMember(@Nullable String iso3) {
		return iso3 != null && iso3.matches("[A-Z]{3}") && members.byIso3(iso3.toUpperCase(Locale.ROOT)).isPresent();
	}

	static String unknownCountry(String which) {
		return "Unknown " + which + " country: give the ISO 3166 alpha-3 code of a member country (FRA, BRA, KEN…).";
	}

	private static void limit(List<Problem> problems, String field, String value, int max) {
		if (value.strip().length() > max) {
			problems.add(new Problem(field, "At most " + max + " characters."));
		}
	}
}
