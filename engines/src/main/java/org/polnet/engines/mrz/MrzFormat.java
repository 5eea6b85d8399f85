package org.polnet.engines.mrz;

/**
 * The ICAO Doc 9303 MRZ formats, with their shape. Visas (MRV-A, MRV-B) have the shape of TD3
 * and TD2 and are told apart by their document code, which starts with {@code V}.
 */
public enum MrzFormat {
    /** Identity card size 1 (Doc 9303 part 5): 3 lines of 30 characters. */
    TD1(3, 30),
    /** Identity card size 2 (Doc 9303 part 6): 2 lines of 36 characters. */
    TD2(2, 36),
    /** Passport booklet (Doc 9303 part 4): 2 lines of 44 characters. */
    TD3(2, 44),
    /** Full-page visa (Doc 9303 part 7): 2 lines of 44 characters, no composite check digit. */
    MRV_A(2, 44),
    /** Smaller visa (Doc 9303 part 7): 2 lines of 36 characters, no composite check digit. */
    MRV_B(2, 36);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    /** Number of lines of this format's MRZ. */
    public int lines() {
        return lines;
    }

    /** Number of characters of every line of this format's MRZ. */
    public int lineLength() {
        return lineLength;
    }

    /** True for the visa formats MRV-A and MRV-B. */
    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
