package org.polnet.mind.checker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;

import org.polnet.engines.mind.MindPackageKey;
import org.polnet.engines.mind.MindPackageWriter;
import org.polnet.engines.mind.MindSigningKeys;

/**
 * A server-free example generator: writes what the server will hand out, so the checker can be tried
 * without a server. In a directory it writes {@code sltd.mind} (ICAO's specimen passport UTO L898902C3,
 * a North American VIN and {@code synthetic} made-up French documents), {@code mind.pub} (the public
 * key) and {@code scan.txt} (the specimen's MRZ). The private and package keys are thrown away.
 */
final class MindExample {

    static final String SPECIMEN_MRZ = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10
            """;

    private MindExample() {
    }

    static void write(Path directory, int synthetic, Instant createdAt) throws IOException {
        KeyPair server = MindSigningKeys.generate();
        MindPackageWriter writer = MindPackageWriter.create(1, MindPackageKey.generate("EXAMPLE-1"))
                .createdAt(createdAt)
                .addDocument("UTO", "L898902C3")
                .addVin("1M8GDM9AXKP042788");
        for (int i = 0; i < synthetic; i++) {
            writer.addDocument("FRA", String.format("%02dXX%05d", i % 100, i));
        }
        Files.createDirectories(directory);
        Files.write(directory.resolve("sltd.mind"), writer.write(server.getPrivate()));
        Files.writeString(directory.resolve("mind.pub"), MindSigningKeys.publicKeyPem(server.getPublic()));
        Files.writeString(directory.resolve("scan.txt"), SPECIMEN_MRZ);
    }

    /** Usage: {@code MindExample DIRECTORY [SYNTHETIC_ENTRIES]}. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 10_000, Instant.now());
    }
}
