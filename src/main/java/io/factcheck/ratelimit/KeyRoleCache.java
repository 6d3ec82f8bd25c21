package io.factcheck.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.smallrye.mutiny.Uni;

/**
 * The roles of recently seen API keys, by a digest of the secret (never the secret itself), for {@code ttl}: a key's
 * budget follows a role change or a revocation within that time. Unknown secrets are remembered as unknown too, so
 * repeating a bad key costs no lookup. At most {@code maxEntries} are kept; beyond that, expired ones are dropped,
 * and if that is not enough the whole cache is (it refills from the lookups it saves).
 */
public final class KeyRoleCache {

    /** Remembered for a secret that is not a valid key. */
    static final String UNKNOWN = "";

    private final KeyRoles roles;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public KeyRoleCache(KeyRoles roles, long ttlNanos, int maxEntries, LongSupplier clock) {
        this.roles = roles;
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The digest that names a key's budget: SHA-256 of the secret, the first 128 bits in hex. */
    public static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The cached role ({@link #UNKNOWN} for a bad key), or null when it must be looked up. */
    public String cached(String digest) {
        Entry entry = entries.get(digest);
        return entry != null && clock.getAsLong() - entry.at < ttlNanos ? entry.role : null;
    }

    /** Looks the key up and remembers the answer; a failed lookup is not remembered and answers unknown. */
    public Uni<String> lookUp(String digest, String secret) {
        return roles.roleOf(secret)
                .map(role -> {
                    String known = role == null || role.isBlank() ? UNKNOWN : role;
                    remember(digest, known);
                    return known;
                })
                .onFailure().recoverWithItem(UNKNOWN);
    }

    private void remember(String digest, String role) {
        long now = clock.getAsLong();
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> now - entry.at >= ttlNanos);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(digest, new Entry(role, now));
    }

    private record Entry(String role, long at) {
    }
}
