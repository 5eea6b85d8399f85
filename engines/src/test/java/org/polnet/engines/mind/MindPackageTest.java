package org.polnet.engines.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.polnet.engines.mind.MindPackageException.Problem;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzDocument;

class MindPackageTest {

    static final KeyPair SERVER = MindSigningKeys.generate();
    static final Instant CREATED = Instant.parse("2026-11-28T10:15:30Z");

    static byte[] sample(int entries) {
        MindPackageWriter writer = MindPackageWriter.create(7, MindPackageKey.generate("NCB-FRA-7"))
                .createdAt(CREATED)
                .addDocument("UTO", "L898902C3")
                .addDocument("D", "C01X00T47")
                .addVin("1M8GDM9AXKP042788")
                .addPlate("FRA", "AB-123-CD");
        for (int i = 0; i < entries; i++) {
            writer.addDocument("FRA", String.format("%02dAB%05d", i % 100, i));
        }
        return writer.write(SERVER.getPrivate());
    }

    @Test
    void findsEveryEntryWrittenAndNotOthers() {
        MindPackage mind = MindPackage.read(sample(1000), SERVER.getPublic());

        assertThat(mind.version()).isEqualTo(7);
        assertThat(mind.createdAt()).isEqualTo(CREATED);
        assertThat(mind.keyId()).isEqualTo("NCB-FRA-7");
        assertThat(mind.size()).isEqualTo(1004);
        assertThat(mind.mightContainDocument("UTO", "L898902C3")).isTrue();
        assertThat(mind.mightContainDocument("D", "C01X00T47")).isTrue();
        assertThat(mind.mightContain(MindEntries.vin("1m8 gdm9-axkp042788"))).isTrue();
        assertThat(mind.mightContain(MindEntries.plate("fra", "AB 123 CD"))).isTrue();
        assertThat(mind.mightContainDocument("FRA", "99AB00999")).isTrue();
        assertThat(mind.mightContainDocument("FRA", "00AB01000")).isFalse();
        assertThat(mind.mightContainDocument("BEL", "L898902C3")).as("same number, other country").isFalse();
        assertThat(mind.mightContain(MindEntries.vin("1M8GDM9AXKP042789"))).isFalse();
    }

    @Test
    void documentNumbersMatchWithoutSpacesDashesFillerOrCase() {
        MindPackage mind = MindPackage.read(sample(0), SERVER.getPublic());

        assertThat(mind.mightContainDocument("uto", " l898-902 c3<< ")).isTrue();
    }

    @Test
    void findsTheDocumentOfAScannedMrz() {
        MindPackage mind = MindPackage.read(sample(0), SERVER.getPublic());
        MrzDocument passport = Mrz.parse("""
                P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
                L898902C36UTO7408122F1204159ZE184226B<<<<<10
                """).requireValid();

        assertThat(mind.mightContain(passport)).isTrue();
    }

    @Test
    void packageHoldsNoReadableDocumentNumberOrKeyString() {
        String text = new String(sample(10), java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(text).doesNotContain("L898902C3").doesNotContain("UTO").doesNotContain("1M8GDM9AXKP042788");
    }

    @Test
    void costsEightBytesPerEntryAtTheDefaultWidth() {
        int small = sample(0).length;
        int large = sample(10_000).length;

        assertThat(large - small).isEqualTo(10_000 * 8);
        assertThat(small).isLessThan(200 + 4 * 8);
    }

    @Test
    void refusesThePackageWhenAnySingleByteIsChanged() {
        byte[] good = sample(20);
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) 0xFF;
            int position = i;
            assertThatThrownBy(() -> MindPackage.read(bad, SERVER.getPublic()))
                    .as("byte %d of %d changed", position, good.length)
                    .isInstanceOf(MindPackageException.class);
        }
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x01;
            int position = i;
            assertThatThrownBy(() -> MindPackage.read(bad, SERVER.getPublic()))
                    .as("lowest bit of byte %d changed", position)
                    .isInstanceOf(MindPackageException.class);
        }
    }

    @Test
    void changedEntriesAreReportedAsABadSignature() {
        byte[] bad = sample(20);
        bad[bad.length - 64 - 3] ^= 0x10;

        MindPackageException refused = catchThrowableOfType(MindPackageException.class,
                () -> MindPackage.read(bad, SERVER.getPublic()));
        assertThat(refused.problem()).isEqualTo(Problem.BAD_SIGNATURE);
        assertThat(refused.getMessage()).contains("signature does not verify");
    }

    @Test
    void refusesAPackageSignedByAnotherKey() {
        KeyPair other = MindSigningKeys.generate();

        MindPackageException refused = catchThrowableOfType(MindPackageException.class,
                () -> MindPackage.read(sample(5), other.getPublic()));
        assertThat(refused.problem()).isEqualTo(Problem.BAD_SIGNATURE);
        assertThat(refused.getMessage()).contains("not signed by the key given");
    }

    @Test
    void refusesATruncatedPackageSayingSo() {
        byte[] good = sample(100);
        for (int length : new int[] {5, 20, 40, good.length / 2, good.length - 64, good.length - 1}) {
            MindPackageException refused = catchThrowableOfType(MindPackageException.class,
                    () -> MindPackage.read(Arrays.copyOf(good, length), SERVER.getPublic()));
            assertThat(refused.problem()).as("cut at %d", length).isEqualTo(Problem.TRUNCATED);
            assertThat(refused.getMessage()).contains("truncated");
        }
    }

    @Test
    void refusesAnUnknownFormatVersion() {
        byte[] newer = sample(3);
        newer[5] = 2;

        MindPackageException refused = catchThrowableOfType(MindPackageException.class,
                () -> MindPackage.read(newer, SERVER.getPublic()));
        assertThat(refused.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT_VERSION);
        assertThat(refused.getMessage()).contains("format version 2 is not supported");
    }

    @Test
    void refusesAFileThatIsNotAPackage() {
        MindPackageException refused = catchThrowableOfType(MindPackageException.class,
                () -> MindPackage.read("P<UTOERIKSSON".getBytes(), SERVER.getPublic()));
        assertThat(refused.problem()).isEqualTo(Problem.NOT_A_PACKAGE);
    }

    @Test
    void refusesADeltaReadAsAFullPackage() {
        MindPackageKey key = MindPackageKey.generate("k");
        MindPackage v1 = MindPackage.read(MindPackageWriter.create(1, key).add("a").write(SERVER.getPrivate()), SERVER.getPublic());
        MindPackage v2 = MindPackage.read(MindPackageWriter.create(2, key).add("b").write(SERVER.getPrivate()), SERVER.getPublic());
        byte[] delta = MindDelta.write(v1, v2, CREATED, SERVER.getPrivate());

        assertThat(catchThrowableOfType(MindPackageException.class, () -> MindPackage.read(delta, SERVER.getPublic())).problem())
                .isEqualTo(Problem.WRONG_KIND);
    }

    @Test
    void publicKeysRoundTripThroughPem() {
        String pem = MindSigningKeys.publicKeyPem(SERVER.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(MindPackage.read(sample(1), MindSigningKeys.readPublicKey(pem.getBytes())).size()).isEqualTo(5);
        assertThat(MindSigningKeys.readPrivateKey(MindSigningKeys.privateKeyPem(SERVER.getPrivate()).getBytes()))
                .isEqualTo(SERVER.getPrivate());
    }

    @Test
    void packageKeyNeverPrintsItsSecret() {
        MindPackageKey key = new MindPackageKey("NCB-FRA-1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});

        assertThat(key.toString()).isEqualTo("MindPackageKey[id=NCB-FRA-1]");
    }
}
