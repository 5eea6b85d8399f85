package org.polnet.vehicles;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer to one checked vehicle.
 *
 * @param result  {@code hit}, {@code no-hit}, or {@code error} when the item could not be checked
 * @param matches the visible matching records (only for a hit)
 * @param error   what is wrong with the item (only for an error)
 */
public record VehicleFindAnswer(int index, String result, List<VehicleMatch> matches, @Nullable String error) {

	public static final String HIT = "hit";

	public static final String NO_HIT = "no-hit";

	public static final String ERROR = "error";

	static VehicleFindAnswer of(int index, List<VehicleMatch> matches) {
		return new VehicleFindAnswer(index, matches.isEmpty() ? NO_HIT : HIT, List.copyOf(matches), null);
	}

	static VehicleFindAnswer error(int index, String error) {
		return new VehicleFindAnswer(index, ERROR, List.of(), error);
	}

	public boolean hit() {
		return HIT.equals(result);
	}

	public boolean failed() {
		return ERROR.equals(result);
	}
}
