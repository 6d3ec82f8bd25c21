package io.factcheck.common.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.factcheck.common.paging.Page;

/**
 * An HTTP entity tag (RFC 9110 section 8.8.3). One versioned row has a strong tag, {@code "<id>.v<version>"}, which is
 * what {@code If-Match} compares; anything composed of several rows (lists, embedded claims, JSON-LD documents) has a
 * weak tag digesting the ids and versions it was built from, good for {@code If-None-Match} only.
 */
public record EntityTag(String value, boolean weak) {

    /** The strong tag of one version of one row. */
    public static EntityTag of(UUID id, long version) {
        return new EntityTag(id + ".v" + version, false);
    }

    public static EntityTag of(Versioned row) {
        return of(row.id(), row.version());
    }

    /** A weak tag over everything a composed representation depends on; collections are flattened, nulls kept. */
    public static EntityTag digest(Object... parts) {
        StringBuilder text = new StringBuilder();
        append(text, Arrays.asList(parts));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)), true);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** A page: its items (each by {@code fingerprint}, e.g. id and version) and its next cursor. */
    public static <T> EntityTag ofPage(String kind, Page<T> page, Function<T, ?> fingerprint) {
        return digest(kind, page.items().stream().map(fingerprint).toList(), "next=" + page.next());
    }

    private static void append(StringBuilder text, Collection<?> parts) {
        for (Object part : parts) {
            if (part instanceof Collection<?> nested) {
                append(text, nested);
            } else {
                text.append(part).append('\n');
            }
        }
    }

    /** Weak comparison (If-None-Match): the opaque values are equal, whether either is weak or not. */
    public boolean weaklyMatches(EntityTag other) {
        return value.equals(other.value);
    }

    /** Strong comparison (If-Match): both are strong and their values are equal. */
    public boolean stronglyMatches(EntityTag other) {
        return !weak && !other.weak && value.equals(other.value);
    }

    /** The header form: {@code "value"} or {@code W/"value"}. */
    @Override
    public String toString() {
        return (weak ? "W/\"" : "\"") + value + '"';
    }

    /**
     * Parses an {@code If-Match}/{@code If-None-Match} list ({@code 1#entity-tag}; the caller handles {@code *}).
     * Throws IllegalArgumentException on anything that is not a list of quoted tags.
     */
    public static List<EntityTag> parseList(String header) {
        List<EntityTag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                throw new IllegalArgumentException("an entity tag must be quoted");
            }
            int close = header.indexOf('"', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("an entity tag is not closed");
            }
            tags.add(new EntityTag(header.substring(i + 1, close), weak));
            i = close + 1;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && header.charAt(i) != ',') {
                throw new IllegalArgumentException("entity tags must be separated by commas");
            }
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no entity tag");
        }
        return tags;
    }
}
