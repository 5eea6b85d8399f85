package org.polnet.vehicles;

/** What kind of vehicle was stolen. */
public enum VehicleType {
	CAR, MOTORCYCLE, VAN, TRUCK, BUS, TRAILER, CONSTRUCTION_MACHINE, AGRICULTURAL_VEHICLE,
	/** All-terrain quads and similar. */
	QUAD,
	/** An outboard or inboard boat engine: engines carry a serial number and are stolen and trafficked like vehicles. */
	BOAT_ENGINE, OTHER
}
