package org.polnet.mind.checker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.polnet.engines.mind.MindDelta;
import org.polnet.engines.mind.MindEntries;
import org.polnet.engines.mind.MindPackage;
import org.polnet.engines.mind.MindPackageException;
import org.polnet.engines.mind.MindSigningKeys;
import org.polnet.engines.mrz.Mrz;
import org.polnet.engines.mrz.MrzDocument;
import org.polnet.engines.mrz.MrzProblem;
import org.polnet.engines.mrz.MrzResult;
import org.polnet.engines.vin.VinResult;
import org.polnet.engines.vin.Vins;

/**
 * Checks one document or vehicle against a MIND package without network. The package and every delta
 * are verified against the public keys (the server's published key history: any of them may have signed)
 * before anything is checked; a scanned MRZ is read strictly
 * (a wrong check digit is an error, never a silent no-hit). See {@link CheckerArguments#USAGE}.
 */
public final class MindChecker {

    static final int NO_HIT = 0;
    static final int POSSIBLE_HIT = 1;
    static final int BAD_INPUT = 2;
    static final int REFUSED = 3;

    private final PrintStream out;
    private final PrintStream err;

    MindChecker(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new MindChecker(System.out, System.err).run(args));
    }

    /** Runs the command line and returns the exit status. */
    int run(String[] args) {
        CheckerArguments arguments;
        try {
            arguments = CheckerArguments.parse(args);
        } catch (CheckerArguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(CheckerArguments.USAGE);
            return BAD_INPUT;
        }
        if (arguments.help()) {
            out.print(CheckerArguments.USAGE);
            return NO_HIT;
        }
        MindPackage mind;
        try {
            mind = load(arguments);
        } catch (Refused e) {
            err.println("REFUSED: " + e.getMessage());
            return REFUSED;
        } catch (UnreadableInput e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        out.printf(Locale.ROOT, "MIND package version %d, created %s, key %s, %d entries (false-positive rate %.1e)%n",
                mind.version(), mind.createdAt(), mind.keyId(), mind.size(), mind.falsePositiveRate());
        String key;
        try {
            key = entryKey(arguments);
        } catch (UnreadableInput e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        if (mind.mightContain(key)) {
            out.println("POSSIBLE HIT: confirm online with FIND before acting");
            return POSSIBLE_HIT;
        }
        out.println("NO HIT");
        return NO_HIT;
    }

    private MindPackage load(CheckerArguments arguments) {
        List<PublicKey> publicKeys = new ArrayList<>();
        for (Path file : arguments.publicKeyFiles()) {
            try {
                publicKeys.addAll(publicKeys(read(file)));
            } catch (IllegalArgumentException e) {
                throw new UnreadableInput(file + ": " + e.getMessage());
            }
        }
        byte[] packageBytes = read(arguments.packageFile());
        MindPackage mind = verified("package " + arguments.packageFile(), publicKeys,
                key -> MindPackage.read(packageBytes, key));
        for (Path delta : arguments.deltas()) {
            MindPackage base = mind;
            byte[] deltaBytes = read(delta);
            mind = verified("delta " + delta, publicKeys, key -> base.apply(MindDelta.read(deltaBytes, key)));
        }
        return mind;
    }

    /**
     * What the first key that verifies it gives: after the server rotated its key, a device holds the whole
     * published history and accepts a package or delta signed by any of its keys.
     */
    private static MindPackage verified(String what, List<PublicKey> keys, Function<PublicKey, MindPackage> read) {
        MindPackageException refused = null;
        for (PublicKey key : keys) {
            try {
                return read.apply(key);
            } catch (MindPackageException e) {
                refused = e;
            }
        }
        throw new Refused(what + ": " + (refused == null ? "no public key" : refused.getMessage()));
    }

    private static final Pattern PEM_BLOCK = Pattern.compile("-----BEGIN PUBLIC KEY-----.*?-----END PUBLIC KEY-----",
            Pattern.DOTALL);

    /** One key (PEM or DER), or several PEM blocks one after the other: the server's published key history. */
    static List<PublicKey> publicKeys(byte[] file) {
        Matcher blocks = PEM_BLOCK.matcher(new String(file, StandardCharsets.US_ASCII));
        List<PublicKey> keys = new ArrayList<>();
        while (blocks.find()) {
            keys.add(MindSigningKeys.readPublicKey(blocks.group().getBytes(StandardCharsets.US_ASCII)));
        }
        return keys.isEmpty() ? List.of(MindSigningKeys.readPublicKey(file)) : keys;
    }

    private String entryKey(CheckerArguments arguments) {
        try {
            if (arguments.mrz().isPresent() || arguments.mrzFile().isPresent()) {
                String text = arguments.mrz().map(m -> m.replace("\\n", "\n"))
                        .orElseGet(() -> new String(read(arguments.mrzFile().orElseThrow()), StandardCharsets.UTF_8));
                MrzDocument document = validMrz(Mrz.parse(text));
                out.println("Checked: document " + document.issuingState() + " " + document.documentNumber());
                return MindEntries.document(document);
            }
            if (arguments.vin().isPresent()) {
                VinResult vin = Vins.parse(arguments.vin().orElseThrow());
                if (!vin.valid()) {
                    throw new UnreadableInput("invalid VIN: " + vin.problems().stream().map(p -> p.message()).toList());
                }
                out.println("Checked: vehicle VIN " + vin.vin());
                return MindEntries.vin(vin.vin());
            }
            String country = arguments.country().orElseThrow();
            if (arguments.document().isPresent()) {
                String key = MindEntries.document(country, arguments.document().orElseThrow());
                out.println("Checked: document " + key.substring(2).replace('|', ' '));
                return key;
            }
            String key = MindEntries.plate(country, arguments.plate().orElseThrow());
            out.println("Checked: vehicle plate " + key.substring(2).replace('|', ' '));
            return key;
        } catch (UnreadableInput e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UnreadableInput(e.getMessage());
        }
    }

    private static MrzDocument validMrz(MrzResult result) {
        if (!result.valid()) {
            StringBuilder message = new StringBuilder("invalid MRZ, nothing was checked:");
            for (MrzProblem problem : result.problems()) {
                message.append(System.lineSeparator()).append("  ").append(problem);
            }
            throw new UnreadableInput(message.toString());
        }
        return result.requireValid();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableInput("cannot read " + file + ": " + e);
        }
    }

    /** A package or delta that must not be used. */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** An input file or value that cannot be used; the message is for the officer. */
    private static final class UnreadableInput extends RuntimeException {
        UnreadableInput(String message) {
            super(message);
        }
    }
}
