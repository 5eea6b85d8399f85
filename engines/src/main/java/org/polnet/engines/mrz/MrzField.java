package org.polnet.engines.mrz;

/** The element of an MRZ a {@link MrzProblem} or {@link MrzCorrection} is about. */
public enum MrzField {
    /** The text as a whole: the number of lines or a line's length. */
    LINE("line"),
    DOCUMENT_CODE("document code"),
    ISSUING_STATE("issuing state"),
    DOCUMENT_NUMBER("document number"),
    DOCUMENT_NUMBER_CHECK("check digit of the document number"),
    DATE_OF_BIRTH("date of birth"),
    DATE_OF_BIRTH_CHECK("check digit of the date of birth"),
    SEX("sex"),
    DATE_OF_EXPIRY("date of expiry"),
    DATE_OF_EXPIRY_CHECK("check digit of the date of expiry"),
    NATIONALITY("nationality"),
    /** Optional data (line 1 in TD1), the personal number in TD3. */
    OPTIONAL_DATA_1("optional data"),
    /** The check digit of the TD3 personal number. */
    OPTIONAL_DATA_1_CHECK("check digit of the personal number"),
    /** Optional data of line 2, TD1 only. */
    OPTIONAL_DATA_2("optional data of line 2"),
    COMPOSITE_CHECK("composite check digit"),
    NAMES("name");

    private final String label;

    MrzField(String label) {
        this.label = label;
    }

    /** The field's English name as used in problem messages, e.g. "check digit of the date of birth". */
    public String label() {
        return label;
    }
}
