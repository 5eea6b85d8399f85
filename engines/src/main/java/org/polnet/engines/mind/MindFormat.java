package org.polnet.engines.mind;

import static org.polnet.engines.mind.MindPackageException.Problem.BAD_SIGNATURE;
import static org.polnet.engines.mind.MindPackageException.Problem.MALFORMED;
import static org.polnet.engines.mind.MindPackageException.Problem.NOT_A_PACKAGE;
import static org.polnet.engines.mind.MindPackageException.Problem.TRUNCATED;
import static org.polnet.engines.mind.MindPackageException.Problem.UNSUPPORTED_FORMAT_VERSION;
import static org.polnet.engines.mind.MindPackageException.Problem.WRONG_KIND;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Objects;

/**
 * The byte layout of format version 1, shared by full packages and deltas (all numbers big-endian):
 *
 * <pre>
 * 4  magic "MIND"
 * 2  format version (1)
 * 1  kind: 1 full package, 2 delta
 * 1  fingerprint width f in bytes (2 to 8)
 * 8  package version (1, 2, ...)
 * 8  base version: the version a delta applies to; 0 in a full package
 * 8  created at, milliseconds since 1970-01-01T00:00Z
 * 1+ key id: length (1..64), US-ASCII
 * 1+ package key: length (16..64), bytes
 * 4  A: entries (full) or added entries (delta)
 * 4  R: 0 (full) or removed entries (delta)
 * A×f  fingerprints, ascending, distinct
 * R×f  removed fingerprints, ascending, distinct
 * 64 Ed25519 signature over every byte before it
 * </pre>
 *
 * Reading checks, in order: the magic, the format version, the kind, the length the header announces
 * (a shorter file is reported as truncated), the signature, then the content. Nothing but the
 * magic, version and lengths is looked at before the signature verifies, and those only to choose the
 * error message; counts are checked against the file length before any array is allocated.
 */
final class MindFormat {

    static final byte[] MAGIC = {'M', 'I', 'N', 'D'};
    static final int FORMAT_VERSION = 1;
    static final int KIND_FULL = 1;
    static final int KIND_DELTA = 2;
    static final int MIN_WIDTH = 2;
    static final int MAX_WIDTH = 8;
    static final int DEFAULT_WIDTH = 8;
    static final int SIGNATURE_LENGTH = 64;
    /** Bytes up to and including the key id length. */
    private static final int FIXED_HEADER = 4 + 2 + 1 + 1 + 8 + 8 + 8 + 1;

    /** The decoded content of a verified file; fingerprints flipped (see {@link Fingerprints}). */
    record Content(int kind, int width, long version, long baseVersion, Instant createdAt, MindPackageKey key,
                   long[] added, long[] removed) {
    }

    private MindFormat() {
    }

    static byte[] write(Content content, PrivateKey signingKey) {
        Objects.requireNonNull(signingKey, "signingKey");
        byte[] id = content.key().id().getBytes(StandardCharsets.US_ASCII);
        byte[] secret = content.key().secret();
        int width = content.width();
        long length = FIXED_HEADER + id.length + 1L + secret.length + 8
                + (long) (content.added().length + content.removed().length) * width + SIGNATURE_LENGTH;
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("package too large: " + length + " bytes");
        }
        ByteBuffer out = ByteBuffer.allocate((int) length);
        out.put(MAGIC).putShort((short) FORMAT_VERSION).put((byte) content.kind()).put((byte) width)
                .putLong(content.version()).putLong(content.baseVersion()).putLong(content.createdAt().toEpochMilli())
                .put((byte) id.length).put(id).put((byte) secret.length).put(secret)
                .putInt(content.added().length).putInt(content.removed().length);
        putFingerprints(out, content.added(), width);
        putFingerprints(out, content.removed(), width);
        byte[] bytes = out.array();
        byte[] signature = sign(bytes, bytes.length - SIGNATURE_LENGTH, signingKey);
        System.arraycopy(signature, 0, bytes, bytes.length - SIGNATURE_LENGTH, SIGNATURE_LENGTH);
        return bytes;
    }

    static Content read(byte[] bytes, PublicKey publicKey, int expectedKind) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(publicKey, "publicKey");
        if (bytes.length < MAGIC.length || !ByteBuffer.wrap(bytes, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new MindPackageException(NOT_A_PACKAGE, "not a MIND package: the file does not start with \"MIND\"");
        }
        if (bytes.length < FIXED_HEADER) {
            throw truncated(bytes.length, FIXED_HEADER);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int format = Short.toUnsignedInt(in.getShort());
        if (format != FORMAT_VERSION) {
            throw new MindPackageException(UNSUPPORTED_FORMAT_VERSION, "MIND format version " + format
                    + " is not supported: this reader reads version " + FORMAT_VERSION + "; get a newer checker");
        }
        int kind = in.get();
        if (kind != expectedKind) {
            throw new MindPackageException(WRONG_KIND, "expected a " + kindName(expectedKind) + " but this file is "
                    + (kind == KIND_FULL || kind == KIND_DELTA ? "a " + kindName(kind) : "of unknown kind " + kind));
        }
        int width = in.get();
        long version = in.getLong();
        long baseVersion = in.getLong();
        long createdAt = in.getLong();
        byte[] id = new byte[Byte.toUnsignedInt(in.get())];
        requireAvailable(in, id.length + 1, bytes.length);
        in.get(id);
        byte[] secret = new byte[Byte.toUnsignedInt(in.get())];
        requireAvailable(in, secret.length + 8, bytes.length);
        in.get(secret);
        long addedCount = Integer.toUnsignedLong(in.getInt());
        long removedCount = Integer.toUnsignedLong(in.getInt());
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            // the width decides the length: without a sane width no length can be announced
            throw new MindPackageException(MALFORMED, "impossible fingerprint width " + width
                    + " (2 to 8 bytes): the file was altered or damaged");
        }
        long expected = in.position() + (addedCount + removedCount) * width + SIGNATURE_LENGTH;
        if (bytes.length < expected) {
            throw truncated(bytes.length, expected);
        }
        if (bytes.length > expected) {
            throw new MindPackageException(MALFORMED, "the file has " + (bytes.length - expected)
                    + " bytes after the signature; it is not a MIND package as written");
        }
        if (!verify(bytes, bytes.length - SIGNATURE_LENGTH, publicKey)) {
            throw new MindPackageException(BAD_SIGNATURE, "the package signature does not verify: the file was altered"
                    + " or it was not signed by the key given (check the public key)");
        }
        long[] added = getFingerprints(in, (int) addedCount, width);
        long[] removed = getFingerprints(in, (int) removedCount, width);
        if (version < 1 || (kind == KIND_FULL) != (baseVersion == 0) || (kind == KIND_DELTA && baseVersion >= version)
                || (kind == KIND_FULL && removed.length != 0)) {
            throw new MindPackageException(MALFORMED, "inconsistent versions: version " + version + ", base " + baseVersion);
        }
        MindPackageKey key;
        try {
            key = new MindPackageKey(new String(id, StandardCharsets.US_ASCII), secret);
        } catch (IllegalArgumentException e) {
            throw new MindPackageException(MALFORMED, "bad package key: " + e.getMessage());
        }
        return new Content(kind, width, version, baseVersion, Instant.ofEpochMilli(createdAt), key, added, removed);
    }

    static String kindName(int kind) {
        return kind == KIND_FULL ? "full MIND package" : "MIND delta";
    }

    private static void requireAvailable(ByteBuffer in, int needed, int length) {
        if (in.remaining() < needed) {
            throw truncated(length, (long) in.position() + needed);
        }
    }

    private static MindPackageException truncated(long actual, long expected) {
        return new MindPackageException(TRUNCATED, "the package is truncated: " + actual + " bytes where at least "
                + expected + " were expected (an incomplete download?)");
    }

    private static void putFingerprints(ByteBuffer out, long[] flipped, int width) {
        for (long value : flipped) {
            long unsigned = value ^ Long.MIN_VALUE;
            for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
                out.put((byte) (unsigned >>> shift));
            }
        }
    }

    private static long[] getFingerprints(ByteBuffer in, int count, int width) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            long value = 0;
            for (int b = 0; b < width; b++) {
                value = (value << 8) | (in.get() & 0xff);
            }
            values[i] = value ^ Long.MIN_VALUE;
            if (i > 0 && values[i] <= values[i - 1]) {
                throw new MindPackageException(MALFORMED, "entries are not in ascending order at entry " + i);
            }
        }
        return values;
    }

    private static byte[] sign(byte[] bytes, int length, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(MindSigningKeys.ALGORITHM);
            signature.initSign(key);
            signature.update(bytes, 0, length);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key (an Ed25519 private key is needed)", e);
        }
    }

    private static boolean verify(byte[] bytes, int length, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(MindSigningKeys.ALGORITHM);
            signature.initVerify(key);
            signature.update(bytes, 0, length);
            return signature.verify(bytes, length, SIGNATURE_LENGTH);
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalArgumentException("the public key is not an Ed25519 key", e);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
