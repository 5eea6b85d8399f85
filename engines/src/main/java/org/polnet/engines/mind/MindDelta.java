package org.polnet.engines.mind;

import static org.polnet.engines.mind.MindPackageException.Problem.WRONG_BASE;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The changes from one package version to a later one with the same package key: entries added and
 * entries removed. A device that holds version {@code b} downloads the delta {@code b → v} instead of
 * the full package {@code v}; {@link MindPackage#apply(MindDelta)} gives exactly the membership of
 * that full package.
 *
 * <p>The server builds a delta with {@link #write(MindPackage, MindPackage, Instant, PrivateKey)} from
 * the full package the device holds and the new full package (written with the same key). Immutable
 * and thread-safe; writing and applying cost a linear merge of the two sorted arrays.
 */
public final class MindDelta {

    private final MindFormat.Content content;

    private MindDelta(MindFormat.Content content) {
        this.content = content;
    }

    /**
     * The signed delta from {@code base} to {@code target}.
     *
     * @throws IllegalArgumentException when the two do not share the package key and fingerprint
     *                                  width, or {@code target} is not newer than {@code base}
     */
    public static byte[] write(MindPackage base, MindPackage target, Instant createdAt, PrivateKey signingKey) {
        MindFormat.Content from = base.content();
        MindFormat.Content to = target.content();
        if (!from.key().equals(to.key()) || from.width() != to.width()) {
            throw new IllegalArgumentException("a delta needs two packages with the same package key and width; "
                    + "package key " + to.key().id() + " starts a new series: send the full package");
        }
        if (to.version() <= from.version()) {
            throw new IllegalArgumentException("target version " + to.version() + " is not after base version " + from.version());
        }
        long[] added = difference(to.added(), from.added());
        long[] removed = difference(from.added(), to.added());
        return MindFormat.write(new MindFormat.Content(MindFormat.KIND_DELTA, to.width(), to.version(), from.version(),
                Objects.requireNonNull(createdAt, "createdAt"), to.key(), added, removed), signingKey);
    }

    /**
     * Reads and verifies a delta, like {@link MindPackage#read(byte[], PublicKey)}.
     *
     * @throws MindPackageException when the delta is refused
     */
    public static MindDelta read(byte[] bytes, PublicKey publicKey) {
        return new MindDelta(MindFormat.read(bytes, publicKey, MindFormat.KIND_DELTA));
    }

    /** The version a package has after this delta. */
    public long version() {
        return content.version();
    }

    /** The version this delta applies to. */
    public long baseVersion() {
        return content.baseVersion();
    }

    /** When the delta was created. */
    public Instant createdAt() {
        return content.createdAt();
    }

    /** Entries added. */
    public int addedCount() {
        return content.added().length;
    }

    /** Entries removed. */
    public int removedCount() {
        return content.removed().length;
    }

    MindFormat.Content applyTo(MindFormat.Content base) {
        if (base.version() != content.baseVersion()) {
            throw new MindPackageException(WRONG_BASE, "this delta applies to version " + content.baseVersion()
                    + " (to make version " + content.version() + ") but the package is version " + base.version()
                    + ": apply the deltas in order or download the full package");
        }
        if (!base.key().equals(content.key()) || base.width() != content.width()) {
            throw new MindPackageException(WRONG_BASE, "this delta belongs to package series " + content.key().id()
                    + " but the package is of series " + base.key().id() + ": download the full package");
        }
        if (!containsAll(base.added(), content.removed()) || intersects(base.added(), content.added())) {
            throw new MindPackageException(WRONG_BASE, "this delta does not match the entries of version "
                    + base.version() + ": download the full package");
        }
        long[] kept = difference(base.added(), content.removed());
        long[] merged = new long[kept.length + content.added().length];
        System.arraycopy(kept, 0, merged, 0, kept.length);
        System.arraycopy(content.added(), 0, merged, kept.length, content.added().length);
        Arrays.sort(merged);
        return new MindFormat.Content(MindFormat.KIND_FULL, base.width(), content.version(), 0, content.createdAt(),
                base.key(), merged, new long[0]);
    }

    /** The values of sorted {@code a} not in sorted {@code b}. */
    private static long[] difference(long[] a, long[] b) {
        long[] out = new long[a.length];
        int n = 0;
        int j = 0;
        for (long value : a) {
            while (j < b.length && b[j] < value) {
                j++;
            }
            if (j >= b.length || b[j] != value) {
                out[n++] = value;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean containsAll(long[] sorted, long[] values) {
        return difference(values, sorted).length == 0;
    }

    private static boolean intersects(long[] sorted, long[] values) {
        return difference(values, sorted).length != values.length;
    }
}
