package org.polnet.vehicles;

/**
 * Where an SMV record stands. Only a {@link #STOLEN} vehicle is wanted: FIND matches it, and it is the one active
 * record of its VIN and plate. A recovered or withdrawn record stays readable with its history, and the same vehicle
 * may be reported stolen again as a new record.
 */
public enum VehicleStatus {
	STOLEN,
	/** Found and returned: the owner closed the record. */
	RECOVERED,
	/** The owner withdrew the record (entered by mistake, the theft was not confirmed...), with a reason. */
	WITHDRAWN
}
