/**
 * Vehicles: SMV, the database of stolen motor vehicles, and FIND for vehicles by VIN or by plate and registration
 * country. Other modules call {@link org.polnet.vehicles.StolenVehicles} and {@link org.polnet.vehicles.VehicleChecks}
 * and listen to {@link org.polnet.vehicles.VehicleReported}, {@link org.polnet.vehicles.VehicleChanged} and
 * {@link org.polnet.vehicles.VehiclesImported}; matches are published as {@code org.polnet.hits.RecordMatched}
 * (FIND's by the find module, into which SMV plugs its key, index and matches).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "database", "find", "find::web", "identity", "imports", "members", "mind", "records", "records::web", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.vehicles;
