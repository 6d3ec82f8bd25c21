package io.factcheck.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * API key secrets: 32 random bytes (256 bits), base64url, prefixed {@code ck_}. High-entropy secrets need no salt or
 * slow hash: SHA-256 is stored and looked up.
 */
public final class KeyHash {

    public static final String PREFIX = "ck_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHash() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Constant-time comparison of two secrets (through their digests, so lengths do not leak either). */
    public static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(sha256(a), sha256(b));
    }
}
