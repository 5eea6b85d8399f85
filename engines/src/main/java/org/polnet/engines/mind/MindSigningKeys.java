package org.polnet.engines.mind;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys that sign packages (JDK provider only). Public keys travel as PEM
 * ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo) or the same bytes in DER; private
 * keys as PKCS#8 PEM. Stateless and thread-safe.
 */
public final class MindSigningKeys {

    static final String ALGORITHM = "Ed25519";

    private MindSigningKeys() {
    }

    /** A new Ed25519 key pair. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** The public key as a PEM text. */
    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The private key as a PKCS#8 PEM text; keep it secret. */
    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /**
     * Reads an Ed25519 public key from PEM or DER bytes.
     *
     * @throws IllegalArgumentException when the bytes are not an Ed25519 public key
     */
    public static PublicKey readPublicKey(byte[] pemOrDer) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pemOrDer, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (PEM or DER expected)", e);
        }
    }

    /**
     * Reads an Ed25519 private key from PKCS#8 PEM or DER bytes.
     *
     * @throws IllegalArgumentException when the bytes are not an Ed25519 private key
     */
    public static PrivateKey readPrivateKey(byte[] pemOrDer) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pemOrDer, "PRIVATE KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key (PKCS#8 PEM or DER expected)", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(byte[] bytes, String type) {
        String text = new String(bytes, StandardCharsets.US_ASCII);
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        if (from < 0) {
            return bytes;
        }
        int to = text.indexOf(end, from);
        if (to < 0) {
            throw new IllegalArgumentException("PEM without " + end);
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}
