package org.polnet.engines.mrz;

import java.util.Objects;

/**
 * The elements of an MRZ, with the filler {@code <} removed where it only pads (trailing filler
 * of codes, numbers, optional data and names).
 *
 * <p>In a {@linkplain MrzResult#valid() valid} result no component is {@code null} and both
 * dates have a {@link MrzDate#date()} (except a date of birth with unknown parts written as
 * {@code <}). In an invalid result {@code sex} is {@code null} when the character is not M, F, X
 * or &lt;, and a date's {@code date()} is {@code null} when it cannot be read.
 *
 * @param documentCode        e.g. "P", "I", "ID", "V" (without filler)
 * @param issuingState        e.g. "UTO", "D" (without filler); see {@link IcaoCodes}
 * @param documentNumber      the document number, in TD1 and TD2 including its continuation in
 *                            the optional data when longer than 9 characters; without filler
 * @param dateOfBirth         the date of birth
 * @param sex                 the sex element
 * @param dateOfExpiry        the date of expiry (for visas: "valid until")
 * @param nationality         e.g. "UTO", "XXA" (without filler)
 * @param optionalData1       the optional data of line 1 in TD1 (after a long document number's
 *                            continuation), the personal number in TD3, the optional data of
 *                            line 2 in TD2, MRV-A and MRV-B; trailing filler removed, may be empty
 * @param optionalData2       the optional data of TD1 line 2; empty in the other formats
 * @param primaryIdentifier   the primary identifier (surname), {@code <} inside read as a space
 * @param secondaryIdentifier the secondary identifier (given names), {@code <} read as a space; may be empty
 */
public record MrzDocument(
        String documentCode,
        String issuingState,
        String documentNumber,
        MrzDate dateOfBirth,
        MrzSex sex,
        MrzDate dateOfExpiry,
        String nationality,
        String optionalData1,
        String optionalData2,
        String primaryIdentifier,
        String secondaryIdentifier) {

    public MrzDocument {
        Objects.requireNonNull(documentCode, "documentCode");
        Objects.requireNonNull(issuingState, "issuingState");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(optionalData1, "optionalData1");
        Objects.requireNonNull(optionalData2, "optionalData2");
        Objects.requireNonNull(primaryIdentifier, "primaryIdentifier");
        Objects.requireNonNull(secondaryIdentifier, "secondaryIdentifier");
    }

    /** The document number in its matching form, see {@link DocumentNumbers#normalise(String)}. */
    public String normalisedDocumentNumber() {
        return DocumentNumbers.normalise(documentNumber);
    }
}
