package org.polnet.engines.mind;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.Mac;

import org.polnet.engines.mrz.MrzDocument;

/**
 * A verified full package (possibly with deltas applied): answers "might this document or vehicle
 * be in SLTD or SMV?" without network.
 *
 * <p><b>Answers.</b> {@code false} is certain: the entry was not in the package. {@code true} means
 * a possible hit, to be confirmed online with FIND before acting: a key not in the package is
 * reported present with probability {@link #falsePositiveRate()} (about {@code N / 2^(8 × width)}),
 * and the package may be older than the database.
 *
 * <p><b>Structure and cost.</b> A sorted array of truncated HMAC-SHA-256 values, 8 bytes of heap per
 * entry; a check costs one HMAC (about a microsecond) and a binary search (log₂ N steps). Reading
 * costs one Ed25519 verification and a linear pass.
 *
 * <p><b>Thread safety.</b> Immutable; every method may be called concurrently (each thread gets its
 * own {@link Mac}).
 */
public final class MindPackage {

    private final MindFormat.Content content;
    private final ThreadLocal<Mac> macs;

    private MindPackage(MindFormat.Content content) {
        this.content = content;
        byte[] secret = content.key().secret();
        this.macs = ThreadLocal.withInitial(() -> Fingerprints.mac(secret));
    }

    /**
     * Reads a full package, verifying first that it is one, that its format version is known, that it
     * is complete and that {@code publicKey} signed it.
     *
     * @throws MindPackageException when the package is refused; its {@link MindPackageException#problem()}
     *                              says why (not a package, unsupported version, truncated, bad
     *                              signature — altered or signed by another key — or malformed)
     */
    public static MindPackage read(byte[] bytes, PublicKey publicKey) {
        return new MindPackage(MindFormat.read(bytes, publicKey, MindFormat.KIND_FULL));
    }

    /** True when the entry with this canonical key (see {@link MindEntries}) may be in the package. */
    public boolean mightContain(String canonicalKey) {
        Objects.requireNonNull(canonicalKey, "canonicalKey");
        long fingerprint = Fingerprints.flipped(macs.get(), canonicalKey, content.width());
        return Arrays.binarySearch(content.added(), fingerprint) >= 0;
    }

    /** {@link #mightContain(String)} for a travel document. */
    public boolean mightContainDocument(String issuingState, String documentNumber) {
        return mightContain(MindEntries.document(issuingState, documentNumber));
    }

    /** {@link #mightContain(String)} for the document of a (valid) MRZ. */
    public boolean mightContain(MrzDocument document) {
        return mightContain(MindEntries.document(document));
    }

    /**
     * This package with a delta applied: the result has exactly the membership of the full package
     * of the delta's version. This package is not changed.
     *
     * @throws MindPackageException ({@link MindPackageException.Problem#WRONG_BASE}) when the delta was
     *                              built on another version, another package key or another width, or
     *                              does not match this package's entries
     */
    public MindPackage apply(MindDelta delta) {
        return new MindPackage(delta.applyTo(content));
    }

    /** The package version (sequence), increasing with every full package or delta. */
    public long version() {
        return content.version();
    }

    /** When the server created the package (or the last delta applied). */
    public Instant createdAt() {
        return content.createdAt();
    }

    /** The id of the package key: names the package series and its recipient. */
    public String keyId() {
        return content.key().id();
    }

    /** The number of distinct entries. */
    public int size() {
        return content.added().length;
    }

    /** Bytes kept per entry (2 to 8). */
    public int fingerprintWidth() {
        return content.width();
    }

    /** The probability that a key not in the package is reported present: {@code 1 − (1 − 2^(−8 × width))^N}. */
    public double falsePositiveRate() {
        return Fingerprints.falsePositiveRate(size(), content.width());
    }

    MindFormat.Content content() {
        return content;
    }

    @Override
    public String toString() {
        return "MindPackage[version=" + version() + ", createdAt=" + createdAt() + ", keyId=" + keyId() + ", entries="
                + size() + ", width=" + fingerprintWidth() + "]";
    }
}
