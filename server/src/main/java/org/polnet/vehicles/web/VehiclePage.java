package org.polnet.vehicles.web;

import java.util.List;

import org.polnet.records.RecordPage;
import org.polnet.vehicles.StolenVehicle;

/** One page of SMV records, newest first, as the API has always answered it ({@code vehicles}, not records). */
record VehiclePage(List<StolenVehicle> vehicles, int page, int size, boolean hasNext, boolean hasPrevious) {

	static VehiclePage of(RecordPage<StolenVehicle> page) {
		return new VehiclePage(page.records(), page.page(), page.size(), page.hasNext(), page.hasPrevious());
	}
}
