package org.polnet.vehicles;

import org.jspecify.annotations.Nullable;

/**
 * One vehicle to check: its VIN, or its plate and registration country.
 *
 * @param vin                 17 characters; spaces and dashes ignored, case too; when given, the plate is ignored
 * @param plate               as read (spaces and dashes are ignored, case too)
 * @param registrationCountry ISO 3166 alpha-3 code of the country that registered the plate
 */
public record VehicleFindItem(@Nullable String vin, @Nullable String plate, @Nullable String registrationCountry) {

	public static VehicleFindItem ofVin(String vin) {
		return new VehicleFindItem(vin, null, null);
	}

	public static VehicleFindItem ofPlate(String plate, String registrationCountry) {
		return new VehicleFindItem(null, plate, registrationCountry);
	}
}
