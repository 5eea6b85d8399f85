package org.polnet.engines.mind;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The secret of the keyed hash (HMAC-SHA-256) of a package series: one full package and the deltas
 * built on it share it. A fresh key is drawn for every full version and, on the server, for every
 * recipient, so hashes from different versions or recipients cannot be compared and a leaked package
 * names its recipient by its {@link #id()}. See {@code docs/mind-format.md} for what the key protects.
 *
 * @param id     1 to 64 printable ASCII characters, e.g. {@code "NCB-FRA-2026-11-28-1"}; not secret
 * @param secret 16 to 64 bytes; copied in and out
 */
public record MindPackageKey(String id, byte[] secret) {

    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 64;
    static final int MAX_ID = 64;

    public MindPackageKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secret, "secret");
        byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
        if (id.isEmpty() || idBytes.length > MAX_ID || !id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("key id must be 1 to " + MAX_ID + " printable ASCII characters without spaces: " + id);
        }
        if (secret.length < MIN_SECRET || secret.length > MAX_SECRET) {
            throw new IllegalArgumentException("package key must have " + MIN_SECRET + " to " + MAX_SECRET + " bytes, not " + secret.length);
        }
        secret = secret.clone();
    }

    /** A new key of 32 random bytes from a {@link SecureRandom}. */
    public static MindPackageKey generate(String id) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new MindPackageKey(id, secret);
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MindPackageKey key && id.equals(key.id) && Arrays.equals(secret, key.secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "MindPackageKey[id=" + id + "]";
    }
}
