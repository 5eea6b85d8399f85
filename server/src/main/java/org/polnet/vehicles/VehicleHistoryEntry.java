package org.polnet.vehicles;

import java.time.Instant;

/** One line of a record's history: reported, amended, recovered or withdrawn (with why), and the status it then had. */
public record VehicleHistoryEntry(Instant changedAt, String changedBy, String change, VehicleStatus status,
		String note) {
}
