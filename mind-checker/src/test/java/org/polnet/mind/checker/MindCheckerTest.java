package org.polnet.mind.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polnet.engines.mind.MindDelta;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindPackageKey;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.engines.mind.MindSigningKeys;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzFormat;
import org.polnet.engines.mrz.MrzWriter;

/**
 * Runs the checker in-process on packages made by a small server-free example generator: what the
 * server will do, with a key pair and a package key of its own.
 */
class MindCheckerTest {

    static final String STOLEN_PASSPORT = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10
            """;
    /** The same passport with number L898902C4, written with correct check digits. */
    static final String OTHER_PASSPORT = otherPassport();

    static String otherPassport() {
        MrzDocument specimen = Mrz.parse(STOLEN_PASSPORT).requireValid();
        return MrzWriter.writeText(MrzFormat.TD3, new MrzDocument(specimen.documentCode(), specimen.issuingState(),
                "L898902C4", specimen.dateOfBirth(), specimen.sex(), specimen.dateOfExpiry(), specimen.nationality(),
                specimen.optionalData1(), specimen.optionalData2(), specimen.primaryIdentifier(),
                specimen.secondaryIdentifier()));
    }

    @TempDir
    Path dir;
    KeyPair server;
    MindPackageKey packageKey;
    Path packageFile;
    Path publicKey;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void generateAPackage() throws IOException {
        server = MindSigningKeys.generate();
        packageKey = MindPackageKey.generate("NCB-FRA-3");
        packageFile = dir.resolve("sltd.mind");
        publicKey = dir.resolve("mind.pub");
        Files.write(packageFile, version(3, "L898902C3", "X1234567").write(server.getPrivate()));
        Files.writeString(publicKey, MindSigningKeys.publicKeyPem(server.getPublic()));
    }

    MindPackageWriter version(long version, String... utoPassports) {
        MindPackageWriter writer = MindPackageWriter.create(version, packageKey)
                .createdAt(Instant.parse("2026-11-28T06:00:00Z").plusSeconds(version))
                .addVin("1M8GDM9AXKP042788")
                .addPlate("FRA", "AB-123-CD");
        for (String number : utoPassports) {
            writer.addDocument("UTO", number);
        }
        return writer;
    }

    int check(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--package";
        all[1] = packageFile.toString();
        all[2] = "--public-key";
        all[3] = publicKey.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    int run(String... args) {
        return new MindChecker(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStolenPassportScannedFromAFileIsAPossibleHit() throws IOException {
        Path scan = dir.resolve("scan.txt");
        Files.writeString(scan, STOLEN_PASSPORT);

        assertThat(check("--mrz-file", scan.toString())).isEqualTo(1);
        assertThat(out()).contains("MIND package version 3, created 2026-11-28T06:00:03Z, key NCB-FRA-3, 4 entries")
                .contains("Checked: document UTO L898902C3")
                .endsWith("POSSIBLE HIT: confirm online with FIND before acting" + System.lineSeparator());
    }

    @Test
    void anMrzOnTheCommandLineWithEscapedLineBreaks() {
        String mrz = STOLEN_PASSPORT.strip().replace("\n", "\\n");

        assertThat(check("--mrz", mrz)).isEqualTo(1);
    }

    @Test
    void theOtherPassportIsAValidMrz() {
        assertThat(Mrz.parse(OTHER_PASSPORT).valid()).isTrue();
    }

    @Test
    void anUnlistedPassportIsNoHit() {
        assertThat(check("--mrz", OTHER_PASSPORT)).isEqualTo(0);
        assertThat(out()).contains("Checked: document UTO L898902C4").endsWith("NO HIT" + System.lineSeparator());
    }

    @Test
    void typedDocumentsVinsAndPlatesAreChecked() {
        assertThat(check("--document", "x12-345 67", "--country", "uto")).isEqualTo(1);
        assertThat(check("--document", "X1234568", "--country", "UTO")).isEqualTo(0);
        assertThat(check("--vin", "1M8GDM9AXKP042788")).isEqualTo(1);
        assertThat(check("--plate", "AB 123 CD", "--country", "FRA")).isEqualTo(1);
        assertThat(check("--plate", "AB 123 CD", "--country", "BEL")).isEqualTo(0);
    }

    @Test
    void aWrongCheckDigitIsAnErrorNotANoHit() {
        String wrongCheckDigit = STOLEN_PASSPORT.replace("L898902C36", "L898902C37");

        assertThat(check("--mrz", wrongCheckDigit)).isEqualTo(2);
        assertThat(err()).contains("invalid MRZ, nothing was checked").contains("line 2");
        assertThat(out()).doesNotContain("NO HIT").doesNotContain("POSSIBLE HIT");
    }

    @Test
    void aVinWithTheLetterOIsAnError() {
        assertThat(check("--vin", "1M8GDM9AOKP042788")).isEqualTo(2);
        assertThat(err()).contains("invalid VIN");
    }

    @Test
    void anAlteredPackageIsRefusedBeforeAnyCheck() throws IOException {
        byte[] bytes = Files.readAllBytes(packageFile);
        bytes[bytes.length - 70] ^= 1;
        Files.write(packageFile, bytes);

        assertThat(check("--mrz", STOLEN_PASSPORT)).isEqualTo(3);
        assertThat(err()).startsWith("REFUSED: package ").contains("signature does not verify");
        assertThat(out()).isEmpty();
    }

    @Test
    void aPackageSignedByAnotherKeyIsRefused() throws IOException {
        Files.writeString(publicKey, MindSigningKeys.publicKeyPem(MindSigningKeys.generate().getPublic()));

        assertThat(check("--mrz", STOLEN_PASSPORT)).isEqualTo(3);
        assertThat(err()).contains("not signed by the key given");
    }

    @Test
    void aTruncatedDownloadIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(packageFile);
        Files.write(packageFile, java.util.Arrays.copyOf(bytes, bytes.length - 10));

        assertThat(check("--mrz", STOLEN_PASSPORT)).isEqualTo(3);
        assertThat(err()).contains("truncated");
    }

    @Test
    void deltasAreAppliedInOrder() throws IOException {
        MindPackage v3 = read(packageFile);
        MindPackage v4 = MindPackage.read(version(4, "L898902C3", "X1234567", "L898902C4").write(server.getPrivate()), server.getPublic());
        MindPackage v5 = MindPackage.read(version(5, "L898902C4").write(server.getPrivate()), server.getPublic());
        Path d34 = dir.resolve("d34.mind");
        Path d45 = dir.resolve("d45.mind");
        Files.write(d34, MindDelta.write(v3, v4, v4.createdAt(), server.getPrivate()));
        Files.write(d45, MindDelta.write(v4, v5, v5.createdAt(), server.getPrivate()));

        assertThat(check("--delta", d34.toString(), "--delta", d45.toString(), "--mrz", OTHER_PASSPORT)).isEqualTo(1);
        assertThat(out()).contains("MIND package version 5, created 2026-11-28T06:00:05Z");
        assertThat(check("--delta", d34.toString(), "--delta", d45.toString(), "--mrz", STOLEN_PASSPORT))
                .as("removed in version 5").isEqualTo(0);
    }

    @Test
    void afterAKeyRotationAcceptsPackagesAndDeltasSignedByAnyKeyOfThePublishedHistory() throws IOException {
        KeyPair rotated = MindSigningKeys.generate();
        MindPackage v3 = read(packageFile);
        MindPackage v4 = MindPackage.read(version(4, "L898902C4").write(rotated.getPrivate()), rotated.getPublic());
        Path d34 = dir.resolve("d34.mind");
        Files.write(d34, MindDelta.write(v3, v4, v4.createdAt(), rotated.getPrivate()));
        Path newPackage = dir.resolve("sltd-4.mind");
        Files.write(newPackage, version(4, "L898902C4").write(rotated.getPrivate()));

        // a device that only knows the old key refuses what the new key signed
        assertThat(check("--delta", d34.toString(), "--mrz", OTHER_PASSPORT)).isEqualTo(3);
        assertThat(err()).contains("REFUSED: delta");

        // the history as the server publishes it: the old key, then the new one, in one PEM file
        Files.writeString(publicKey, MindSigningKeys.publicKeyPem(server.getPublic())
                + MindSigningKeys.publicKeyPem(rotated.getPublic()));
        out.reset();
        assertThat(check("--delta", d34.toString(), "--mrz", OTHER_PASSPORT)).isEqualTo(1);
        assertThat(out()).contains("MIND package version 4");
        assertThat(check("--mrz", STOLEN_PASSPORT)).as("the old package still verifies").isEqualTo(1);
        assertThat(new MindChecker(new PrintStream(out), new PrintStream(err)).run(new String[] { "--package",
                newPackage.toString(), "--public-key", publicKey.toString(), "--mrz", OTHER_PASSPORT })).isEqualTo(1);
    }

    @Test
    void aDeltaForAnotherVersionIsRefused() throws IOException {
        MindPackage v4 = MindPackage.read(version(4, "A1").write(server.getPrivate()), server.getPublic());
        MindPackage v5 = MindPackage.read(version(5, "A2").write(server.getPrivate()), server.getPublic());
        Path d45 = dir.resolve("d45.mind");
        Files.write(d45, MindDelta.write(v4, v5, v5.createdAt(), server.getPrivate()));

        assertThat(check("--delta", d45.toString(), "--mrz", STOLEN_PASSPORT)).isEqualTo(3);
        assertThat(err()).contains("REFUSED: delta ").contains("applies to version 4").contains("package is version 3");
    }

    @Test
    void aMissingSubjectIsAUsageError() {
        assertThat(check()).isEqualTo(2);
        assertThat(err()).contains("give exactly one of").contains("Usage: java -jar mind-checker.jar");
        assertThat(run("--vin", "1M8GDM9AXKP042788")).isEqualTo(2);
        assertThat(run("--help")).isEqualTo(0);
    }

    @Test
    void aMissingPackageFileIsAnError() {
        packageFile = dir.resolve("missing.mind");

        assertThat(check("--vin", "1M8GDM9AXKP042788")).isEqualTo(2);
        assertThat(err()).contains("cannot read");
    }

    MindPackage read(Path file) throws IOException {
        return MindPackage.read(Files.readAllBytes(file), server.getPublic());
    }
}
