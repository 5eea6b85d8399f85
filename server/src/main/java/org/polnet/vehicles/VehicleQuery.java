package org.polnet.vehicles;

import org.jspecify.annotations.Nullable;

/**
 * A search of the SMV records an officer may see; null or blank criteria match everything.
 *
 * @param vin     compared normalised (upper case, without spaces or dashes)
 * @param plate   compared normalised, as FIND does, in any registration country
 * @param make    the start of the make, case-insensitively
 * @param country the plate's registration country or the country where the vehicle was stolen
 * @param status  null for every status
 */
public record VehicleQuery(@Nullable String vin, @Nullable String plate, @Nullable String make, @Nullable String country,
		@Nullable VehicleStatus status) {

	public static VehicleQuery all() {
		return new VehicleQuery(null, null, null, null, null);
	}
}
