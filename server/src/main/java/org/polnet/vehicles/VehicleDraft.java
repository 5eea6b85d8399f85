package org.polnet.vehicles;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.polnet.access.AccessScope;
import org.polnet.identity.Clearance;
import org.polnet.records.RecordDraft;

/**
 * What an NCB states when it reports a stolen vehicle or amends its record. A vehicle is known by its VIN, or (an
 * older or foreign vehicle without a 17-character VIN) by its plate and registration country; both may be given.
 * The owner office is always the reporting officer's office.
 *
 * @param vin                 the 17-character VIN as typed (spaces and dashes are ignored), or blank
 * @param chassisNumber       a maker-specific frame number of a vehicle without VIN, for the record only
 * @param plate               the registration plate in Latin letters and digits, or blank
 * @param registrationCountry ISO 3166 alpha-3 code of the member country that registered the plate, or blank
 * @param stolenCountry       ISO 3166 alpha-3 code of the country where it was stolen: its NCB owns the record
 * @param reviewAt            an earlier review date than the default ten years, or null for the default
 */
public record VehicleDraft(String vin, String chassisNumber, String plate, String registrationCountry, String make,
		String model, @Nullable Integer modelYear, String colour, VehicleType type, LocalDate stolenOn,
		String stolenPlace, String stolenCountry, String nationalReference, String remarks, Clearance classification,
		AccessScope scope, Set<String> countries, @Nullable LocalDate reviewAt) implements RecordDraft {

	public VehicleDraft {
		countries = Set.copyOf(countries);
	}

	/** A car with a VIN stolen in the given country, open to all members: the usual case. */
	public static VehicleDraft car(String vin, String plate, String registrationCountry, String make, String model,
			LocalDate stolenOn, String stolenCountry, String nationalReference) {
		return new VehicleDraft(vin, "", plate, registrationCountry, make, model, null, "", VehicleType.CAR, stolenOn,
				"", stolenCountry, nationalReference, "", Clearance.FOR_OFFICIAL_USE_ONLY, AccessScope.ALL_MEMBERS,
				Set.of(), null);
	}

	/** The same report with another access. */
	public VehicleDraft withAccess(AccessScope newScope, Set<String> newCountries) {
		return new VehicleDraft(vin, chassisNumber, plate, registrationCountry, make, model, modelYear, colour, type,
				stolenOn, stolenPlace, stolenCountry, nationalReference, remarks, classification, newScope,
				newCountries, reviewAt);
	}
}
