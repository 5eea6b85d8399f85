package org.polnet.engines.mind;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.Mac;

/**
 * Builds and signs a full package: add the canonical keys of every entry (see {@link MindEntries}),
 * then {@link #write(PrivateKey)}.
 *
 * <pre>{@code
 * byte[] bytes = MindPackageWriter.create(42, MindPackageKey.generate("NCB-FRA-42"))
 *         .addDocument("UTO", "L898902C3")
 *         .addVin("1M8GDM9AXKP042788")
 *         .write(serverPrivateKey);
 * }</pre>
 *
 * <p><b>Cost.</b> One HMAC-SHA-256 per entry (about a microsecond), 8 bytes of heap per entry while
 * building, a sort at the end; the package has {@code width} bytes per distinct entry plus about
 * 150 bytes. <b>Not thread-safe</b>: one writer per thread.
 */
public final class MindPackageWriter {

    private final long version;
    private final MindPackageKey key;
    private final Mac mac;
    private int width = MindFormat.DEFAULT_WIDTH;
    private Instant createdAt;
    private long[] fingerprints = new long[1024];
    private int size;

    private MindPackageWriter(long version, MindPackageKey key) {
        if (version < 1) {
            throw new IllegalArgumentException("package version must be at least 1: " + version);
        }
        this.version = version;
        this.key = Objects.requireNonNull(key, "key");
        this.mac = Fingerprints.mac(key.secret());
        this.createdAt = Instant.now(Clock.systemUTC());
    }

    /**
     * A writer of full package {@code version} hashing with {@code key}; use a fresh key per full
     * version and recipient, and the same key for the deltas built on it.
     */
    public static MindPackageWriter create(long version, MindPackageKey key) {
        return new MindPackageWriter(version, key);
    }

    /**
     * Bytes kept per entry, 2 to 8 (default 8). The false-positive rate for {@code N} entries is about
     * {@code N / 2^(8 × width)}: 8 bytes give 5.4 × 10⁻¹³ per check for 10 million entries.
     * Must be set before the first entry is added.
     */
    public MindPackageWriter fingerprintWidth(int bytes) {
        if (bytes < MindFormat.MIN_WIDTH || bytes > MindFormat.MAX_WIDTH) {
            throw new IllegalArgumentException("fingerprint width must be 2 to 8 bytes: " + bytes);
        }
        if (size > 0) {
            throw new IllegalStateException("set the fingerprint width before adding entries");
        }
        this.width = bytes;
        return this;
    }

    /** The creation time written in the header (default: when the writer was created). */
    public MindPackageWriter createdAt(Instant instant) {
        this.createdAt = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /** Adds an entry by its canonical key; adding a key twice stores it once. */
    public MindPackageWriter add(String canonicalKey) {
        Objects.requireNonNull(canonicalKey, "canonicalKey");
        if (size == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, size * 2);
        }
        fingerprints[size++] = Fingerprints.flipped(mac, canonicalKey, width);
        return this;
    }

    /** Adds a travel document, see {@link MindEntries#document(String, String)}. */
    public MindPackageWriter addDocument(String issuingState, String documentNumber) {
        return add(MindEntries.document(issuingState, documentNumber));
    }

    /** Adds a vehicle by VIN, see {@link MindEntries#vin(String)}. */
    public MindPackageWriter addVin(String vin) {
        return add(MindEntries.vin(vin));
    }

    /** Adds a vehicle by plate, see {@link MindEntries#plate(String, String)}. */
    public MindPackageWriter addPlate(String country, String plate) {
        return add(MindEntries.plate(country, plate));
    }

    /** The signed package. The writer may be written again (e.g. with another signing key). */
    public byte[] write(PrivateKey signingKey) {
        long[] distinct = Fingerprints.sortedDistinct(fingerprints.clone(), size);
        return MindFormat.write(new MindFormat.Content(MindFormat.KIND_FULL, width, version, 0, createdAt, key,
                distinct, new long[0]), signingKey);
    }
}
