package org.polnet.engines.vin;

/**
 * One thing wrong with a VIN.
 *
 * @param position the 1-based position in the normalised VIN (after upper-casing and removing spaces and dashes)
 *                 of the wrong character; for a VIN that is too short, the first missing position; for one that
 *                 is too long, the first extra position
 * @param message  an English sentence for the officer, starting with the position, for example
 *                 {@code position 9: 'O' is not allowed in a VIN (I, O and Q are excluded)}
 */
public record VinProblem(int position, String message) {
}
