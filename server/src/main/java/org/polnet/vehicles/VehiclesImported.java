package org.polnet.vehicles;

import java.util.List;

/**
 * A batch of a bulk import was written (published in the batch's transaction): the records it added or changed, as
 * they now are. One event per batch rather than one per record.
 */
public record VehiclesImported(List<StolenVehicle> vehicles) {

	public VehiclesImported {
		vehicles = List.copyOf(vehicles);
	}
}
