package io.factcheck.bench;

import static io.factcheck.bench.ReferenceQueries.ARTICLE_BY_ID;
import static io.factcheck.bench.ReferenceQueries.CLAIMS_OF_ARTICLE;
import static io.factcheck.bench.ReferenceQueries.CLAIM_BY_ID;
import static io.factcheck.bench.ReferenceQueries.GATE_CLAIMS;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * One HTTP server per event loop (Vert.x spreads connections over the instances listening on the port), hand-routed:
 * the reference should cost what the raw pieces cost, so no router, no reflection, no per-request allocation beyond the
 * rows and their JSON.
 */
final class ReferenceHttp extends AbstractVerticle {

    static final CharSequence JSON = HttpHeaders.createOptimized("application/json;charset=UTF-8");
    static final CharSequence PROBLEM_JSON = HttpHeaders.createOptimized("application/problem+json");
    private static final String CLAIMS = "/api/v1/claims";
    private static final String ARTICLES = "/api/v1/articles/";
    private static final String CHECK = "/api/v1/check";

    private final int port;
    private final Pool pool;
    private final ReferenceReviews reviews;
    private final Buffer staticDocument;
    private final ReferenceCheck check;

    ReferenceHttp(int port, Pool pool, ReferenceReviews reviews, Buffer staticDocument, ReferenceCheck check) {
        this.port = port;
        this.pool = pool;
        this.reviews = reviews;
        this.staticDocument = staticDocument;
        this.check = check;
    }

    @Override
    public void start(Promise<Void> started) {
        vertx.createHttpServer(new HttpServerOptions().setPort(port).setTcpNoDelay(true).setCompressionSupported(false))
                .requestHandler(this::handle)
                .listen()
                .<Void>mapEmpty()
                .onComplete(started);
    }

    /** Failures that answer a status; no stack trace, they are expected. */
    static final class HttpFailure extends RuntimeException {
        final int status;

        HttpFailure(int status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        HttpMethod method = request.method();
        try {
            if (path.equals("/static") && method == HttpMethod.GET) {
                request.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(staticDocument);
            } else if (path.equals(CHECK)) {
                if (method != HttpMethod.POST) {
                    throw new HttpFailure(405, "only POST is served here");
                }
                check.handle(request);
            } else if (path.startsWith(CLAIMS)) {
                routeClaims(request, path, method);
            } else if (path.startsWith(ARTICLES)) {
                routeArticles(request, path, method);
            } else {
                fail(request, new HttpFailure(404, "no such path"));
            }
        } catch (HttpFailure e) {
            fail(request, e);
        }
    }

    private void routeClaims(HttpServerRequest request, String path, HttpMethod method) {
        if (path.length() == CLAIMS.length()) {
            requireGet(method);
            reply(request, search(request));
            return;
        }
        if (path.charAt(CLAIMS.length()) != '/') {
            throw new HttpFailure(404, "no such path");
        }
        int idStart = CLAIMS.length() + 1;
        int slash = path.indexOf('/', idStart);
        if (slash < 0) {
            requireGet(method);
            reply(request, claim(uuid(path.substring(idStart))));
        } else if (path.startsWith("/reviews", slash) && path.length() == slash + "/reviews".length()) {
            if (method != HttpMethod.POST) {
                throw new HttpFailure(405, "only POST is served here");
            }
            UUID claimId = uuid(path.substring(idStart, slash));
            request.body().compose(body -> reviews.add(request, claimId, body))
                    .onSuccess(created -> {
                        HttpServerResponse response = request.response().setStatusCode(created.status())
                                .putHeader(HttpHeaders.CONTENT_TYPE, JSON);
                        if (created.location() != null) {
                            response.putHeader(HttpHeaders.LOCATION, created.location());
                        }
                        if (created.replayed()) {
                            response.putHeader("Idempotency-Key-Replayed", "true");
                        }
                        response.end(created.body());
                    })
                    .onFailure(failure -> fail(request, failure));
        } else {
            throw new HttpFailure(404, "no such path");
        }
    }

    private void routeArticles(HttpServerRequest request, String path, HttpMethod method) {
        requireGet(method);
        int slash = path.indexOf('/', ARTICLES.length());
        if (slash < 0) {
            String include = request.getParam("include");
            boolean withClaims = include != null && !include.isBlank();
            if (withClaims && !include.trim().equals("claims")) {
                throw new HttpFailure(400, "include: the only value is claims");
            }
            reply(request, article(uuid(path.substring(ARTICLES.length())), withClaims));
        } else if (path.length() == slash + "/gate".length() && path.startsWith("/gate", slash)) {
            reply(request, gate(uuid(path.substring(ARTICLES.length(), slash)), request));
        } else {
            throw new HttpFailure(404, "no such path");
        }
    }

    private Future<Buffer> claim(UUID id) {
        return pool.preparedQuery(CLAIM_BY_ID).execute(Tuple.of(id)).map(rows -> {
            Row row = first(rows);
            if (row == null) {
                throw new HttpFailure(404, "no claim " + id);
            }
            return ReferenceJson.claim(row).toBuffer();
        });
    }

    /** Two statements, as the service: the article (none: 404), its claims. */
    private Future<Buffer> article(UUID id, boolean withClaims) {
        return pool.preparedQuery(ARTICLE_BY_ID).execute(Tuple.of(id)).compose(rows -> {
            Row article = first(rows);
            if (article == null) {
                throw new HttpFailure(404, "no article " + id);
            }
            if (!withClaims) {
                return Future.succeededFuture(ReferenceJson.article(article, null).toBuffer());
            }
            return pool.preparedQuery(CLAIMS_OF_ARTICLE).execute(Tuple.of(id)).map(claimRows -> {
                JsonArray claims = new JsonArray();
                for (Row row : claimRows) {
                    claims.add(ReferenceJson.claim(row));
                }
                return ReferenceJson.article(article, claims).toBuffer();
            });
        });
    }

    /** q, limit and cursor: the filters the benchmark sends (the service's other filters only add where clauses). */
    private Future<Buffer> search(HttpServerRequest request) {
        String q = request.getParam("q");
        q = q == null || q.isBlank() ? null : q.trim();
        int limit = limit(request.getParam("limit"));
        String cursor = request.getParam("cursor");
        Tuple params = Tuple.tuple();
        if (q != null) {
            params.addString(q);
        }
        boolean withCursor = cursor != null && !cursor.isBlank();
        if (withCursor) {
            decodeCursor(cursor, params);
        }
        String sql = ReferenceQueries.search(q != null, withCursor, limit + 1);
        return pool.preparedQuery(sql).execute(params).map(rows -> page(rows, limit));
    }

    /** limit + 1 rows: the extra one says there is a next page, whose cursor is the last row shown. */
    private static Buffer page(RowSet<Row> rows, int limit) {
        JsonArray items = new JsonArray();
        Row last = null;
        boolean more = false;
        for (Row row : rows) {
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(ReferenceJson.claim(row));
            last = row;
        }
        String next = more ? Base64.getUrlEncoder().withoutPadding().encodeToString(
                (ReferenceJson.instant(last.getOffsetDateTime("created_at")) + "|" + last.getUUID("id"))
                        .getBytes(StandardCharsets.UTF_8)) : null;
        return page(items, next);
    }

    private static Buffer page(JsonArray items, String next) {
        return new JsonObject().put("items", items).put("next", next).toBuffer();
    }

    private static void decodeCursor(String cursor, Tuple params) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            params.addOffsetDateTime(Instant.parse(decoded.substring(0, bar)).atOffset(ZoneOffset.UTC));
            params.addUUID(UUID.fromString(decoded.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new HttpFailure(400, "cursor: is not a cursor this service issued");
        }
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 20;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= ReferenceQueries.MAX_SEARCH_ROWS - 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new HttpFailure(400, "limit: must be between 1 and 200");
    }

    private static final String[] VERDICTS = { "ACCURATE", "MOSTLY_ACCURATE", "OUTDATED", "MISLEADING", "INACCURATE",
            "UNVERIFIED" };

    /**
     * The same two statements as the service; the verdict logic is the service's default policy (failOn INACCURATE,
     * minConfidence 0, pending pass) with the three parameters read loosely.
     */
    private Future<Buffer> gate(UUID articleId, HttpServerRequest request) {
        Set<String> failOn = failOn(request);
        double minConfidence = request.getParam("minConfidence") == null ? 0
                : Double.parseDouble(request.getParam("minConfidence"));
        boolean pendingFails = "fail".equalsIgnoreCase(request.getParam("pending"));
        return pool.preparedQuery(GATE_CLAIMS).execute(Tuple.of(articleId)).map(rows -> {
            if (rows.size() == 0) {
                throw new HttpFailure(404, "no article " + articleId);
            }
            JsonObject counts = new JsonObject();
            for (String verdict : VERDICTS) {
                counts.put(verdict, 0);
            }
            int judged = 0;
            int pending = 0;
            int orphaned = 0;
            JsonArray failing = new JsonArray();
            for (Row row : rows) {
                if (row.getUUID("id") == null) {
                    continue; // the article's row of nulls: it has no claims
                }
                String status = row.getString("status");
                if (status.equals("ORPHANED")) {
                    orphaned++;
                    continue;
                }
                judged++;
                String verdict = row.getString("verdict");
                Double confidence = row.getDouble("confidence");
                if (verdict != null) {
                    counts.put(verdict, counts.getInteger(verdict) + 1);
                }
                boolean isPending = status.equals("PENDING");
                if (isPending) {
                    pending++;
                }
                double sure = confidence == null ? 0 : confidence;
                String reason = null;
                if (verdict != null && failOn.contains(verdict) && sure >= minConfidence) {
                    reason = String.format(Locale.ROOT, "verdict %s is in failOn and its confidence %.2f is at least "
                            + "minConfidence %.2f", verdict, sure, minConfidence);
                }
                if (pendingFails && isPending) {
                    reason = (reason == null ? "" : reason + "; ") + "not reviewed yet (pending=fail)";
                }
                if (reason != null) {
                    JsonObject claim = new JsonObject().put("claimId", row.getUUID("id").toString());
                    ReferenceJson.putIfPresent(claim, "verdict", verdict);
                    ReferenceJson.putIfPresent(claim, "confidence", confidence);
                    failing.add(claim.put("status", status).put("quote", row.getString("anchor_exact"))
                            .put("start", row.getInteger("anchor_start")).put("end", row.getInteger("anchor_end"))
                            .put("reason", reason));
                }
            }
            JsonArray verdicts = new JsonArray();
            for (String verdict : VERDICTS) {
                if (failOn.contains(verdict)) {
                    verdicts.add(verdict);
                }
            }
            return new JsonObject().put("articleId", articleId.toString()).put("passed", failing.isEmpty())
                    .put("policy", new JsonObject().put("failOn", verdicts).put("minConfidence", minConfidence)
                            .put("pending", pendingFails ? "fail" : "pass"))
                    .put("counts", counts).put("claims", judged).put("pending", pending).put("orphaned", orphaned)
                    .put("failing", failing).toBuffer();
        });
    }

    private static Set<String> failOn(HttpServerRequest request) {
        var given = request.params().getAll("failOn");
        if (given.isEmpty()) {
            return Set.of("INACCURATE");
        }
        Set<String> verdicts = new java.util.HashSet<>();
        for (String value : given) {
            for (String part : value.split(",")) {
                verdicts.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        return verdicts;
    }

    private static void requireGet(HttpMethod method) {
        if (method != HttpMethod.GET) {
            throw new HttpFailure(405, "only GET is served here");
        }
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new HttpFailure(404, "not an id: " + text);
        }
    }

    static Row first(RowSet<Row> rows) {
        var iterator = rows.iterator();
        return iterator.hasNext() ? iterator.next() : null;
    }

    private static void reply(HttpServerRequest request, Future<Buffer> body) {
        body.onSuccess(json -> request.response().putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(json))
                .onFailure(failure -> fail(request, failure));
    }

    static void fail(HttpServerRequest request, Throwable failure) {
        int status;
        String detail;
        if (failure instanceof HttpFailure known) {
            status = known.status;
            detail = known.getMessage();
        } else if (failure instanceof NumberFormatException) {
            status = 400;
            detail = "malformed number: " + failure.getMessage();
        } else {
            status = 503; // the database failed or is gone: what the service answers for an outage
            detail = String.valueOf(failure.getMessage());
            System.err.println(OffsetDateTime.now() + " " + request.method() + " " + request.uri() + ": " + failure);
        }
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"claims-api\"");
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                .end(ReferenceJson.problem(status, title(status), detail, request.path()).toBuffer());
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Content";
            default -> "Service Unavailable";
        };
    }

    static final Set<String> VERDICT_NAMES = Set.of(VERDICTS);
}
