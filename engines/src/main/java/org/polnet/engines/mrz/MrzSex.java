package org.polnet.engines.mrz;

/** The sex element of an MRZ, one character. */
public enum MrzSex {
    MALE('M'),
    FEMALE('F'),
    /** {@code X}: unspecified. */
    UNSPECIFIED('X'),
    /** {@code <}: filler, not stated (older documents). */
    NOT_STATED('<');

    private final char code;

    MrzSex(char code) {
        this.code = code;
    }

    /** The character written in the MRZ: M, F, X or &lt;. */
    public char code() {
        return code;
    }

    static MrzSex ofCode(char code) {
        for (MrzSex sex : values()) {
            if (sex.code == code) {
                return sex;
            }
        }
        return null;
    }
}
