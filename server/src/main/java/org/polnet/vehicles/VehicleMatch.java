package org.polnet.vehicles;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a checker may see of a matching record: enough to hold the vehicle and contact the owner.
 *
 * @param reference      the record's SMV reference
 * @param ownerOffice    the NCB to contact
 * @param ownerReference the owner's national reference, to quote when contacting them
 */
public record VehicleMatch(String reference, VehicleStatus status, String ownerOffice, String ownerReference,
		@Nullable String vin, @Nullable String plate, @Nullable String registrationCountry, VehicleType type,
		String make, String model, String colour, LocalDate stolenOn, String stolenCountry) {

	static VehicleMatch of(StolenVehicle vehicle) {
		return new VehicleMatch(vehicle.reference(), vehicle.status(), vehicle.access().ownerOffice(),
				vehicle.nationalReference(), vehicle.vin(), vehicle.plate(), vehicle.registrationCountry(),
				vehicle.type(), vehicle.make(), vehicle.model(), vehicle.colour(), vehicle.stolenOn(),
				vehicle.stolenCountry());
	}
}
