package org.polnet.vehicles;

import java.util.List;

/** One page of SMV records, newest first. */
public record SmvPage(List<StolenVehicle> vehicles, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}
}
