package io.factcheck.bench;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;

/**
 * Rows to the service's JSON: same fields, same order, nulls left out where the service's views leave them out
 * (ClaimView, ArticleView, ReviewView are {@code NON_NULL}), timestamps as ISO-8601 instants. Plain Vert.x
 * JsonObject encoding (Jackson underneath), the straightforward way a hand-written Vert.x service would do it.
 */
final class ReferenceJson {

    private ReferenceJson() {
    }

    /** A claim row selected with {@link ReferenceQueries#CLAIM_COLUMNS}, as the service's ClaimView. */
    static JsonObject claim(Row row) {
        JsonObject anchor = new JsonObject()
                .put("start", row.getInteger("anchor_start"))
                .put("end", row.getInteger("anchor_end"))
                .put("exact", row.getString("anchor_exact"))
                .put("prefix", row.getString("anchor_prefix"))
                .put("suffix", row.getString("anchor_suffix"));
        JsonObject json = new JsonObject()
                .put("id", row.getUUID("id").toString())
                .put("articleId", row.getUUID("article_id").toString())
                .put("text", row.getString("text"))
                .put("anchor", anchor);
        putIfPresent(json, "claimant", row.getString("claimant"));
        putIfPresent(json, "person", row.getString("person"));
        json.put("origin", row.getString("origin")).put("status", row.getString("status"));
        putIfPresent(json, "verdict", row.getString("verdict"));
        putIfPresent(json, "confidence", row.getDouble("confidence"));
        String annotation = row.getString("annotation");
        if (annotation != null) {
            json.put("annotation", new JsonObject(annotation)); // parsed, as the service parses it into its view
        }
        putIfPresent(json, "reviewedAt", instant(row.getOffsetDateTime("reviewed_at")));
        return json.put("version", row.getLong("version"))
                .put("createdAt", instant(row.getOffsetDateTime("created_at")))
                .put("updatedAt", instant(row.getOffsetDateTime("updated_at")));
    }

    /** An article row selected with {@link ReferenceQueries#ARTICLE_BY_ID}, as the service's ArticleView. */
    static JsonObject article(Row row, JsonArray claims) {
        JsonObject json = new JsonObject().put("id", row.getUUID("id").toString());
        putIfPresent(json, "url", row.getString("url"));
        json.put("title", row.getString("title"));
        putIfPresent(json, "publisher", row.getString("publisher"));
        putIfPresent(json, "author", row.getString("author"));
        putIfPresent(json, "language", row.getString("language"));
        putIfPresent(json, "publishedAt", row.getLocalDate("published_at") == null ? null
                : row.getLocalDate("published_at").toString());
        json.put("publishedAtApproximate", row.getBoolean("published_at_approximate"))
                .put("body", row.getString("body"))
                .put("contentHash", row.getString("content_hash"))
                .put("version", row.getLong("version"))
                .put("createdAt", instant(row.getOffsetDateTime("created_at")))
                .put("updatedAt", instant(row.getOffsetDateTime("updated_at")));
        putIfPresent(json, "claims", claims);
        return json;
    }

    static void putIfPresent(JsonObject json, String field, Object value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    /** Jackson writes an Instant with ISO_INSTANT, as Instant.toString does: the same text. */
    static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    /** A problem+json body like the service's errors (RFC 9457), without the service's field details. */
    static JsonObject problem(int status, String title, String detail, String instance) {
        return new JsonObject().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", instance);
    }

    /**
     * A version-7 UUID (RFC 9562) as Hibernate's {@code UuidGenerator.Style.VERSION_7} makes for new rows: 48 bits of
     * Unix milliseconds, so ids sort by creation like the service's, then random bits.
     */
    static UUID uuid7() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
