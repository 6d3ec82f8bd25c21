package io.factcheck.bench;

import static io.factcheck.bench.ReferenceQueries.API_KEY_TOUCH;
import static io.factcheck.bench.ReferenceQueries.CLAIM_BY_ID;
import static io.factcheck.bench.ReferenceQueries.IDEMPOTENCY_CLAIM_KEY;
import static io.factcheck.bench.ReferenceQueries.IDEMPOTENCY_DELETE_EXPIRED_BATCH;
import static io.factcheck.bench.ReferenceQueries.IDEMPOTENCY_DELETE_OWN_EXPIRED;
import static io.factcheck.bench.ReferenceQueries.IDEMPOTENCY_REPLAY;
import static io.factcheck.bench.ReferenceQueries.IDEMPOTENCY_STORE_RESPONSE;
import static io.factcheck.bench.ReferenceQueries.INSERT_CLAIM_EVENT;
import static io.factcheck.bench.ReferenceQueries.INSERT_REVIEW;
import static io.factcheck.bench.ReferenceQueries.UPDATE_CLAIM;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import io.factcheck.bench.ReferenceHttp.HttpFailure;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;

/**
 * POST /api/v1/claims/{id}/reviews with the service's statements: the API-key touch outside the transaction, then
 * one transaction with the claim read, the claim event, the review, the claim update and, with an Idempotency-Key,
 * the key's bookkeeping. Transactions need a connection of their own, which a pipelined pool cannot lend, hence the
 * second, plain pool.
 */
final class ReferenceReviews {

    /** The principal the service records for the bootstrap key. */
    static final String ADMIN_NAME = "CLAIMS_ADMIN_KEY";

    record Created(int status, String location, boolean replayed, Buffer body) {
    }

    /** The parsed body; canonical is what the service hashes for Idempotency-Key (Jackson's view of the record). */
    private record Input(String verdict, double confidence, String summary, String correction, JsonArray evidence,
            String reviewer, String canonical) {
    }

    private final Pool pool;
    private final Pool transactions;
    private final byte[] adminKeyHash;

    ReferenceReviews(Pool pool, Pool transactions, String adminKey) {
        this.pool = pool;
        this.transactions = transactions;
        this.adminKeyHash = adminKey == null || adminKey.isBlank() ? null : sha256(adminKey.trim());
    }

    Future<Created> add(HttpServerRequest request, UUID claimId, Buffer body) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return Future.failedFuture(new HttpFailure(401, "an API key is needed"));
        }
        String idempotencyKey = request.getHeader("Idempotency-Key");
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            return Future.failedFuture(new HttpFailure(400, "Idempotency-Key: must be 1 to 200 characters"));
        }
        String path = "/api/v1/claims/" + claimId + "/reviews";
        // The service answers an absolute Location built from the request's base URI.
        String location = "http://" + request.getHeader(HttpHeaders.HOST) + path;
        return authenticate(header.substring(7).trim()).compose(principal -> {
            Input input = parse(body);
            return transactions.withTransaction(connection -> idempotencyKey == null
                    ? create(connection, claimId, input, principal, location)
                    : keyed(connection, claimId, input, principal, idempotencyKey, "POST " + path, location));
        });
    }

    /** The bootstrap key costs no statement; an issued key is the service's one UPDATE … RETURNING. */
    private Future<String> authenticate(String secret) {
        byte[] hash = sha256(secret);
        if (adminKeyHash != null && MessageDigest.isEqual(adminKeyHash, hash)) {
            return Future.succeededFuture(ADMIN_NAME);
        }
        return pool.preparedQuery(API_KEY_TOUCH)
                .execute(Tuple.of(Buffer.buffer(hash), OffsetDateTime.now(ZoneOffset.UTC)))
                .map(rows -> {
                    Row row = ReferenceHttp.first(rows);
                    if (row == null || !MessageDigest.isEqual(hash, row.getBuffer("key_hash").getBytes())) {
                        throw new HttpFailure(401, "unknown or revoked API key");
                    }
                    String role = row.getString("role");
                    if (!role.equals("editor") && !role.equals("admin")) {
                        throw new HttpFailure(403, "the key's role may not write reviews");
                    }
                    return row.getString("name");
                });
    }

    private Future<Created> keyed(SqlConnection connection, UUID claimId, Input input, String principal, String key,
            String operation, String location) {
        String hash = HexFormat.of().formatHex(sha256(input.canonical()));
        return connection.preparedQuery(IDEMPOTENCY_DELETE_OWN_EXPIRED).execute(Tuple.of(principal, key))
                .compose(deleted -> connection.preparedQuery(IDEMPOTENCY_DELETE_EXPIRED_BATCH).execute())
                .compose(deleted -> connection.preparedQuery(IDEMPOTENCY_CLAIM_KEY)
                        .execute(Tuple.of(principal, key, operation, hash)))
                .compose(inserted -> inserted.rowCount() == 1
                        ? create(connection, claimId, input, principal, location)
                                .compose(created -> connection.preparedQuery(IDEMPOTENCY_STORE_RESPONSE)
                                        .execute(Tuple.of(created.status(), location, created.body().toString(),
                                                principal, key))
                                        .map(stored -> created))
                        : replay(connection, principal, key, operation, hash));
    }

    private static Future<Created> replay(SqlConnection connection, String principal, String key, String operation,
            String hash) {
        return connection.preparedQuery(IDEMPOTENCY_REPLAY).execute(Tuple.of(principal, key)).map(rows -> {
            Row row = ReferenceHttp.first(rows);
            if (row == null || row.getInteger("status") == null) {
                throw new HttpFailure(409, "a request with this Idempotency-Key is in progress; retry");
            }
            if (!operation.equals(row.getString("operation")) || !hash.equals(row.getString("request_hash"))) {
                throw new HttpFailure(422, "this key was used for a different request (another body or path)");
            }
            return new Created(row.getInteger("status"), row.getString("location"), true,
                    Buffer.buffer(row.getString("response_body")));
        });
    }

    /**
     * The service's order: read the claim, insert the event (Hibernate has not flushed yet, so the event carries the
     * new verdict and status but the old version), then the flush's review insert and full-row claim update.
     */
    private static Future<Created> create(SqlConnection connection, UUID claimId, Input input, String principal,
            String location) {
        OffsetDateTime now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return connection.preparedQuery(CLAIM_BY_ID).execute(Tuple.of(claimId)).compose(rows -> {
            Row claim = ReferenceHttp.first(rows);
            if (claim == null) {
                throw new HttpFailure(404, "no claim " + claimId);
            }
            String status = claim.getString("status").equals("ORPHANED") ? "ORPHANED" : "REVIEWED";
            long version = claim.getLong("version");
            UUID articleId = claim.getUUID("article_id");
            UUID reviewId = ReferenceJson.uuid7();
            Tuple event = Tuple.tuple().addUUID(claimId).addUUID(articleId).addString("claim.reviewed")
                    .addString(input.verdict()).addDouble(input.confidence()).addString(status).addLong(version + 1);
            Tuple review = Tuple.tuple().addUUID(claimId).addDouble(input.confidence()).addString(input.correction())
                    .addOffsetDateTime(now).addValue(new JsonObject().put("items", input.evidence()))
                    .addString(principal).addString(input.reviewer()).addString(input.summary())
                    .addString(input.verdict()).addUUID(reviewId);
            Tuple update = Tuple.tuple().addDouble(input.confidence()).addOffsetDateTime(now).addString(status)
                    .addOffsetDateTime(now).addString(input.verdict()).addLong(version + 1).addUUID(claimId)
                    .addLong(version);
            return connection.preparedQuery(INSERT_REVIEW).execute(review)
                    .compose(inserted -> connection.preparedQuery(UPDATE_CLAIM).execute(update))
                    .compose(updated -> connection.preparedQuery(INSERT_CLAIM_EVENT).execute(event).map(updated))
                    .map(updated -> {
                        if (updated.rowCount() != 1) {
                            throw new HttpFailure(409, "the claim changed concurrently; retry");
                        }
                        JsonObject json = new JsonObject().put("id", reviewId.toString())
                                .put("claimId", claimId.toString()).put("verdict", input.verdict())
                                .put("confidence", input.confidence()).put("summary", input.summary());
                        ReferenceJson.putIfPresent(json, "correction", input.correction());
                        json.put("evidence", input.evidence());
                        ReferenceJson.putIfPresent(json, "reviewer", input.reviewer());
                        json.put("reviewedBy", principal).put("createdAt", now.toInstant().toString());
                        return new Created(201, location, false, json.toBuffer());
                    });
        });
    }

    /** The service's Bean Validation, loosely: wrong types and unknown verdicts 400, missing or out of range 422. */
    private static Input parse(Buffer body) {
        JsonObject json;
        try {
            json = body.length() == 0 ? null : body.toJsonObject();
        } catch (DecodeException | ClassCastException e) {
            throw new HttpFailure(400, "malformed JSON");
        }
        if (json == null) {
            throw new HttpFailure(400, "the body is empty");
        }
        try {
            String verdict = json.getString("verdict");
            if (verdict == null) {
                throw new HttpFailure(422, "verdict: must not be null");
            }
            if (!ReferenceHttp.VERDICT_NAMES.contains(verdict)) {
                throw new HttpFailure(400, "verdict: unknown value " + verdict);
            }
            Number confidence = json.getNumber("confidence");
            if (confidence == null || confidence.doubleValue() < 0 || confidence.doubleValue() > 1) {
                throw new HttpFailure(422, "confidence: must be between 0 and 1");
            }
            String summary = json.getString("summary");
            if (summary == null || summary.isBlank() || summary.length() > 5000) {
                throw new HttpFailure(422, "summary: must not be blank, at most 5000 characters");
            }
            String correction = json.getString("correction");
            String reviewer = json.getString("reviewer");
            JsonArray given = json.getJsonArray("evidence");
            if (given != null && given.size() > 50) {
                throw new HttpFailure(422, "evidence: at most 50");
            }
            // Evidence as the service serialises its record: all four fields, nulls included.
            JsonArray evidence = new JsonArray();
            if (given != null) {
                for (int i = 0; i < given.size(); i++) {
                    JsonObject item = given.getJsonObject(i);
                    String url = item == null ? null : item.getString("url");
                    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
                        throw new HttpFailure(422, "evidence[" + i + "].url: must be an http(s) URL");
                    }
                    evidence.add(new JsonObject().put("url", url).put("title", item.getString("title"))
                            .put("publisher", item.getString("publisher")).put("quote", item.getString("quote")));
                }
            }
            String canonical = new JsonObject().put("verdict", verdict).put("confidence", confidence.doubleValue())
                    .put("summary", summary).put("correction", correction)
                    .put("evidence", given == null ? null : evidence).put("reviewer", reviewer).encode();
            return new Input(verdict, confidence.doubleValue(), summary.trim(),
                    correction == null || correction.isBlank() ? null : correction.trim(), evidence,
                    reviewer == null || reviewer.isBlank() ? null : reviewer.trim(), canonical);
        } catch (ClassCastException e) {
            throw new HttpFailure(400, "a field has the wrong JSON type");
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
