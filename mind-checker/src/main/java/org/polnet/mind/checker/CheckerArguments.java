package org.polnet.mind.checker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line, read but not yet acted on. Every problem is an {@link UsageException}. */
record CheckerArguments(Path packageFile, List<Path> publicKeyFiles, List<Path> deltas, Optional<String> mrz,
                        Optional<Path> mrzFile, Optional<String> document, Optional<String> country,
                        Optional<String> vin, Optional<String> plate, boolean help) {

    static final String USAGE = """
            Usage: java -jar mind-checker.jar --package FILE --public-key FILE [--delta FILE ...] WHAT
              --public-key FILE holds one PEM key, or the server's whole key history (/api/v1/mind/keys as
              application/x-pem-file): a package or delta signed by any of those keys is accepted.
              Repeat --public-key to give several files.
              WHAT is one of:
                --mrz-file FILE              the scanned MRZ, 2 or 3 lines
                --mrz "LINE1\\nLINE2"         the MRZ on the command line (\\n separates lines)
                --document NUMBER --country CODE   a travel document, CODE its ICAO issuing state
                --vin VIN                    a vehicle by VIN
                --plate PLATE --country CODE a vehicle by registration plate
            Exit status: 0 no hit, 1 possible hit (confirm online with FIND), 2 bad input,
                         3 package or delta refused (altered, truncated, wrong key, wrong base)
            """;

    /** A command line that cannot be acted on; the message says why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    static CheckerArguments parse(String[] args) {
        Path packageFile = null;
        List<Path> publicKeys = new ArrayList<>();
        List<Path> deltas = new ArrayList<>();
        String mrz = null;
        Path mrzFile = null;
        String document = null;
        String country = null;
        String vin = null;
        String plate = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return new CheckerArguments(Path.of(""), List.of(), List.of(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
            }
            if (i + 1 >= args.length) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected argument: " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--package" -> packageFile = Path.of(value);
                case "--public-key" -> publicKeys.add(Path.of(value));
                case "--delta" -> deltas.add(Path.of(value));
                case "--mrz" -> mrz = value;
                case "--mrz-file" -> mrzFile = Path.of(value);
                case "--document" -> document = value;
                case "--country" -> country = value;
                case "--vin" -> vin = value;
                case "--plate" -> plate = value;
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (packageFile == null || publicKeys.isEmpty()) {
            throw new UsageException("--package and --public-key are required");
        }
        long subjects = java.util.stream.Stream.of(mrz, mrzFile, document, vin, plate).filter(v -> v != null).count();
        if (subjects != 1) {
            throw new UsageException("give exactly one of --mrz, --mrz-file, --document, --vin or --plate");
        }
        if ((document != null || plate != null) != (country != null)) {
            throw new UsageException(country == null ? "--document and --plate need --country" : "--country goes with --document or --plate");
        }
        return new CheckerArguments(packageFile, List.copyOf(publicKeys), List.copyOf(deltas), Optional.ofNullable(mrz),
                Optional.ofNullable(mrzFile), Optional.ofNullable(document), Optional.ofNullable(country),
                Optional.ofNullable(vin), Optional.ofNullable(plate), false);
    }
}
