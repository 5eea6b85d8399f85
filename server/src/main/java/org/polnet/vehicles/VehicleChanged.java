package org.polnet.vehicles;

import org.polnet.records.Change;

/**
 * An SMV record changed: amended, marked recovered or withdrawn (published in the changing transaction). FIND
 * matches only {@link StolenVehicle#stolen() stolen} records, so a recovered or withdrawn one stops matching.
 *
 * @param before the record as it was, so listeners keyed on its VIN or plate can drop the old keys
 */
public record VehicleChanged(StolenVehicle before, StolenVehicle vehicle, Change change) {
}
