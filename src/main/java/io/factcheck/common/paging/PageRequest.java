package io.factcheck.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.factcheck.common.problem.InvalidParameterException;
import io.quarkus.panache.common.Parameters;

/**
 * Keyset paging over (createdAt desc, id desc): stable under inserts, no OFFSET scans. The cursor is the position of
 * the last row served, opaque to clients (base64url of "createdAt|id").
 */
public record PageRequest(int limit, Instant afterCreatedAt, UUID afterId) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    /** The times a cursor can carry: rows are created now, so years 1 to 9999 are plenty. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(size, null, null);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            Instant createdAt = Instant.parse(decoded.substring(0, bar));
            if (createdAt.isBefore(EARLIEST) || createdAt.isAfter(LATEST)) {
                // Instant parses years of ±1,000,000,000; PostgreSQL's timestamptz does not, and answered 500.
                throw new IllegalArgumentException("cursor time out of range");
            }
            return new PageRequest(size, createdAt, UUID.fromString(decoded.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw new InvalidParameterException("cursor", "is not a cursor this service issued");
        }
    }

    /** HQL order of every keyset-paged list: newest first, id breaking ties. */
    public static final String NEWEST_FIRST = " order by createdAt desc, id desc";

    public boolean hasCursor() {
        return afterId != null;
    }

    /**
     * The HQL condition "after the cursor" for an entity with createdAt and id, its parameters added to params; empty
     * on the first page.
     */
    public Optional<String> afterCursor(Parameters params) {
        if (!hasCursor()) {
            return Optional.empty();
        }
        params.and("afterCreatedAt", afterCreatedAt).and("afterId", afterId);
        return Optional.of("(createdAt < :afterCreatedAt or (createdAt = :afterCreatedAt and id < :afterId))");
    }

    /** Builds the page from up to limit + 1 rows: the extra row only says that there is a next page. */
    public <E, T> Page<T> page(List<E> rowsPlusOne, Function<E, Instant> createdAt, Function<E, UUID> id,
            Function<E, T> view) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> rows = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = null;
        if (more) {
            E last = rows.get(rows.size() - 1);
            next = encode(createdAt.apply(last), id.apply(last));
        }
        return new Page<>(rows.stream().map(view).toList(), next);
    }

    static String encode(Instant createdAt, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
