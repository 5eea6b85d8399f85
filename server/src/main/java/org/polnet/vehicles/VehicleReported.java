package org.polnet.vehicles;

/** A vehicle was reported stolen to SMV (published in the reporting transaction). */
public record VehicleReported(StolenVehicle vehicle) {
}
