package org.polnet.engines.mind;

import java.util.Locale;
import java.util.Objects;

import org.polnet.engines.mrz.DocumentNumbers;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.vin.Vins;

/**
 * The canonical entry keys that a package hashes, so that the server writing a package and the
 * checker reading an MRZ spell the same entry the same way. Stateless and thread-safe; each call
 * costs a few string operations.
 *
 * <ul>
 *   <li>documents: {@code D|<ICAO issuing state>|<document number>}, e.g. {@code D|UTO|L898902C3}
 *       (the state as in the MRZ, e.g. {@code D} for Germany; the number {@linkplain
 *       DocumentNumbers#normalise(String) normalised})</li>
 *   <li>vehicles by VIN: {@code V|<VIN>}, upper case without spaces or dashes</li>
 *   <li>vehicles by plate: {@code P|<registration country>|<plate>}, the plate normalised like a document number</li>
 * </ul>
 */
public final class MindEntries {

    private MindEntries() {
    }

    /** The key of a travel document. */
    public static String document(String issuingState, String documentNumber) {
        String number = DocumentNumbers.normalise(Objects.requireNonNull(documentNumber, "documentNumber"));
        if (number.isEmpty()) {
            throw new IllegalArgumentException("document number is empty");
        }
        return "D|" + code(issuingState, "issuing state") + "|" + number;
    }

    /** The key of the document read from an MRZ. */
    public static String document(MrzDocument document) {
        return document(document.issuingState(), document.documentNumber());
    }

    /** The key of a vehicle by its VIN. */
    public static String vin(String vin) {
        String normalised = Vins.parse(Objects.requireNonNull(vin, "vin")).vin();
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("VIN is empty");
        }
        return "V|" + normalised;
    }

    /** The key of a vehicle by its registration plate and country. */
    public static String plate(String country, String plate) {
        String normalised = DocumentNumbers.normalise(Objects.requireNonNull(plate, "plate"));
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("plate is empty");
        }
        return "P|" + code(country, "country") + "|" + normalised;
    }

    private static String code(String code, String what) {
        String upper = Objects.requireNonNull(code, what).strip().toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.length() > 3 || !upper.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException(what + " must be an ICAO code of 1 to 3 letters: " + code);
        }
        return upper;
    }
}
