package org.polnet.engines.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.security.KeyPair;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Measures the false-positive rate the format documents: about N / 2^(8 × width) for N entries. The
 * 8-byte default is too precise to measure (zero false positives are expected in a million checks),
 * so the rate formula is checked with 2-byte fingerprints, where it is about 1.5 % for 1,000 entries.
 */
class MindFalsePositiveRateTest {

    static final KeyPair SERVER = MindSigningKeys.generate();
    static final int NON_MEMBERS = 1_000_000;

    static MindPackage members(int count, int width, Random random) {
        MindPackageWriter writer = MindPackageWriter.create(1, MindPackageKey.generate("fp-test")).fingerprintWidth(width);
        for (int i = 0; i < count; i++) {
            writer.add(MindEntries.document("UTO", "M" + random.nextInt(100_000_000)));
        }
        return MindPackage.read(writer.write(SERVER.getPrivate()), SERVER.getPublic());
    }

    static int hitsAmongNonMembers(MindPackage mind, Random random) {
        int hits = 0;
        for (int i = 0; i < NON_MEMBERS; i++) {
            if (mind.mightContain(MindEntries.document("UTO", "N" + random.nextInt(100_000_000)))) {
                hits++;
            }
        }
        return hits;
    }

    @Test
    void measuredRateMatchesTheStatedRateWithTwoByteFingerprints() {
        Random random = new Random(20261128);
        MindPackage mind = members(1000, 2, random);

        double stated = mind.falsePositiveRate();
        double measured = hitsAmongNonMembers(mind, random) / (double) NON_MEMBERS;

        assertThat(stated).isCloseTo(mind.size() / 65536.0, within(0.0002));
        // the standard deviation of the measure is about 0.012 % here: 5 % of the rate is over 6 of them
        assertThat(measured).isCloseTo(stated, within(stated * 0.05));
    }

    @Test
    void defaultWidthGivesNoFalsePositiveInAMillionChecks() {
        Random random = new Random(7);
        MindPackage mind = members(100_000, 8, random);

        assertThat(mind.fingerprintWidth()).isEqualTo(8);
        assertThat(hitsAmongNonMembers(mind, random)).isZero();
    }

    @Test
    void statedRateForTenMillionEntriesIsBelowOneInAMillionMillion() {
        assertThat(Fingerprints.falsePositiveRate(10_000_000, 8)).isCloseTo(5.42e-13, within(0.01e-13));
        assertThat(Fingerprints.falsePositiveRate(100_000_000, 6)).isCloseTo(3.55e-7, within(0.01e-7));
    }
}
