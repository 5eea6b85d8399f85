package org.polnet.engines.mind;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Entry fingerprints: the first {@code width} bytes of HMAC-SHA-256(package key, UTF-8 key), read as
 * a big-endian unsigned number. In memory they are kept "flipped" (sign bit inverted), so that
 * signed {@code long} order, which {@link Arrays#sort(long[])} and {@link Arrays#binarySearch(long[], long)}
 * use, is the unsigned order of the file.
 */
final class Fingerprints {

    static final String HMAC = "HmacSHA256";

    private Fingerprints() {
    }

    static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no " + HMAC, e);
        }
    }

    /** The flipped fingerprint of a canonical key. */
    static long flipped(Mac mac, String key, int width) {
        byte[] hash = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return value ^ Long.MIN_VALUE;
    }

    /** Sorts and removes duplicates in place; returns the array trimmed to the distinct values. */
    static long[] sortedDistinct(long[] values, int length) {
        Arrays.sort(values, 0, length);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (distinct == 0 || values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return Arrays.copyOf(values, distinct);
    }

    /** Probability that a key not in a set of {@code entries} distinct fingerprints of {@code width} bytes is reported present. */
    static double falsePositiveRate(long entries, int width) {
        return -Math.expm1(entries * Math.log1p(-Math.pow(2, -8.0 * width)));
    }
}
