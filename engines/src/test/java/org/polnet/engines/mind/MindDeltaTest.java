package org.polnet.engines.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyPair;
import java.time.Instant;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.polnet.engines.mind.MindPackageException.Problem;

class MindDeltaTest {

    static final KeyPair SERVER = MindSigningKeys.generate();
    static final MindPackageKey SERIES = MindPackageKey.generate("NCB-KEN-1");

    static MindPackage full(long version, MindPackageKey key, int from, int to) {
        MindPackageWriter writer = MindPackageWriter.create(version, key).createdAt(Instant.ofEpochSecond(version));
        IntStream.range(from, to).forEach(i -> writer.addDocument("KEN", "A" + i));
        return MindPackage.read(writer.write(SERVER.getPrivate()), SERVER.getPublic());
    }

    @Test
    void applyingADeltaGivesExactlyTheNewFullPackage() {
        MindPackage v1 = full(1, SERIES, 0, 1000);
        MindPackage v2 = full(2, SERIES, 300, 1500);

        MindDelta delta = MindDelta.read(MindDelta.write(v1, v2, Instant.ofEpochSecond(2), SERVER.getPrivate()), SERVER.getPublic());
        MindPackage updated = v1.apply(delta);

        assertThat(delta.baseVersion()).isEqualTo(1);
        assertThat(delta.addedCount()).isEqualTo(500);
        assertThat(delta.removedCount()).isEqualTo(300);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.size()).isEqualTo(v2.size());
        assertThat(updated.content().added()).isEqualTo(v2.content().added());
        assertThat(updated.mightContainDocument("KEN", "A299")).isFalse();
        assertThat(updated.mightContainDocument("KEN", "A1499")).isTrue();
        assertThat(v1.mightContainDocument("KEN", "A299")).as("the base is unchanged").isTrue();
    }

    @Test
    void deltasApplyInSequence() {
        MindPackage v1 = full(1, SERIES, 0, 100);
        MindPackage v2 = full(2, SERIES, 10, 120);
        MindPackage v3 = full(3, SERIES, 50, 60);
        MindDelta d12 = MindDelta.read(MindDelta.write(v1, v2, Instant.EPOCH, SERVER.getPrivate()), SERVER.getPublic());
        MindDelta d23 = MindDelta.read(MindDelta.write(v2, v3, Instant.EPOCH, SERVER.getPrivate()), SERVER.getPublic());

        MindPackage updated = v1.apply(d12).apply(d23);

        assertThat(updated.content().added()).isEqualTo(v3.content().added());
    }

    @Test
    void refusesADeltaForAnotherBaseVersion() {
        MindPackage v1 = full(1, SERIES, 0, 100);
        MindPackage v2 = full(2, SERIES, 0, 110);
        MindPackage v3 = full(3, SERIES, 0, 120);
        MindDelta d23 = MindDelta.read(MindDelta.write(v2, v3, Instant.EPOCH, SERVER.getPrivate()), SERVER.getPublic());

        MindPackageException refused = catchThrowableOfType(MindPackageException.class, () -> v1.apply(d23));
        assertThat(refused.problem()).isEqualTo(Problem.WRONG_BASE);
        assertThat(refused.getMessage()).isEqualTo("this delta applies to version 2 (to make version 3) but the package is"
                + " version 1: apply the deltas in order or download the full package");
    }

    @Test
    void refusesADeltaOfAnotherPackageSeries() {
        MindPackage otherSeries = full(1, MindPackageKey.generate("NCB-JPN-1"), 0, 100);
        MindDelta delta = MindDelta.read(MindDelta.write(full(1, SERIES, 0, 100), full(2, SERIES, 0, 101),
                Instant.EPOCH, SERVER.getPrivate()), SERVER.getPublic());

        MindPackageException refused = catchThrowableOfType(MindPackageException.class, () -> otherSeries.apply(delta));
        assertThat(refused.problem()).isEqualTo(Problem.WRONG_BASE);
        assertThat(refused.getMessage()).contains("series NCB-KEN-1").contains("series NCB-JPN-1");
    }

    @Test
    void refusesADeltaWhoseRemovalsAreNotInTheBase() {
        MindPackage v1 = full(1, SERIES, 0, 100);
        MindPackage sameVersionOtherContent = full(1, SERIES, 500, 600);
        MindDelta delta = MindDelta.read(MindDelta.write(v1, full(2, SERIES, 50, 100), Instant.EPOCH, SERVER.getPrivate()),
                SERVER.getPublic());

        assertThat(catchThrowableOfType(MindPackageException.class, () -> sameVersionOtherContent.apply(delta)).problem())
                .isEqualTo(Problem.WRONG_BASE);
    }

    @Test
    void aNewPackageKeyNeedsAFullPackage() {
        MindPackage v1 = full(1, SERIES, 0, 10);
        MindPackage v2 = full(2, MindPackageKey.generate("NCB-KEN-2"), 0, 10);

        assertThatThrownBy(() -> MindDelta.write(v1, v2, Instant.EPOCH, SERVER.getPrivate()))
                .hasMessageContaining("send the full package");
    }

    @Test
    void refusesATamperedDelta() {
        byte[] delta = MindDelta.write(full(1, SERIES, 0, 10), full(2, SERIES, 5, 15), Instant.EPOCH, SERVER.getPrivate());
        for (int i = 0; i < delta.length; i++) {
            byte[] bad = delta.clone();
            bad[i] ^= 0x04;
            assertThatThrownBy(() -> MindDelta.read(bad, SERVER.getPublic())).isInstanceOf(MindPackageException.class);
        }
    }
}
