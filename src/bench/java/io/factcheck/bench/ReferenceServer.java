package io.factcheck.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.impl.PgPoolOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Bench-only reference for issue #6: the service's endpoints answered by a raw Vert.x HTTP server over a raw,
 * pipelined PostgreSQL pool, sending the same SQL as the service (see {@link ReferenceQueries} for the
 * endpoint → statements table), {@code POST /api/v1/check} (the checker itself), plus {@code GET /static}, a pre-encoded claim-sized document (the HTTP ceiling).
 * Nothing is cached but prepared statements.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.factcheck.bench.ReferenceServer --http-port 18081 --pg-port 55432 \
 *     [--pg-host 127.0.0.1] [--database claims] [--user postgres] [--password ''] [--pool-size 16] \
 *     [--pipelining 256] [--event-loops N] [--tx-pool-size 16] [--admin-key $CLAIMS_ADMIN_KEY] \
 *     [--statement-timeout 10s] [--knowledge knowledge/knowledge.json]
 * </pre>
 *
 * {@code POST /api/v1/check} runs the service's checker on the given knowledge file (the shipped one by default):
 * see {@link ReferenceCheck}.
 *
 * Reads go through a pool with pool-level pipelining: concurrent requests share connections, up to
 * {@code --pipelining} statements in flight on each. PgConnectOptions' pipelining limit alone only pipelines the
 * commands one borrower queues on its connection; {@code PgPoolOptions.setPipelined(true)} is what lets the pool
 * hand one connection to many requests. A pipelined pool cannot lend a connection for a transaction, so reviews use a
 * second, ordinary pool (connections are opened on demand: it costs nothing in the read benchmarks).
 */
public final class ReferenceServer {

    private ReferenceServer() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        int httpPort = Integer.parseInt(options.getOrDefault("http-port", "18081"));
        int eventLoops = Integer.parseInt(options.getOrDefault("event-loops",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        int poolSize = Integer.parseInt(options.getOrDefault("pool-size", "16"));
        int txPoolSize = Integer.parseInt(options.getOrDefault("tx-pool-size", String.valueOf(poolSize)));
        int pipelining = Integer.parseInt(options.getOrDefault("pipelining", "256"));
        String adminKey = options.getOrDefault("admin-key", System.getenv("CLAIMS_ADMIN_KEY"));

        Map<String, String> startup = new HashMap<>();
        // The service sets this on every reactive connection (CLAIMS_DB_STATEMENT_TIMEOUT).
        startup.put("statement_timeout", options.getOrDefault("statement-timeout", "10s"));
        // tells its connections from the service's (vertx-pg-client) in pg_stat_activity
        startup.put("application_name", "claims-reference");
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(options.getOrDefault("pg-host", "127.0.0.1"))
                .setPort(Integer.parseInt(options.getOrDefault("pg-port", "55432")))
                .setDatabase(options.getOrDefault("database", "claims"))
                .setUser(options.getOrDefault("user", "postgres"))
                .setPassword(options.getOrDefault("password", ""))
                .setPipeliningLimit(pipelining)
                .setCachePreparedStatements(true)
                // every search page size has its own id statement and each id count its own in-list
                .setPreparedStatementCacheMaxSize(1024)
                .setProperties(startup);

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        // Connections spread over all event loops, like the HTTP servers, so no loop does every request's I/O.
        Pool reads = PgBuilder.pool()
                .with(new PgPoolOptions(new PoolOptions().setMaxSize(poolSize).setEventLoopSize(eventLoops))
                        .setPipelined(pipelining > 1))
                .connectingTo(connect).using(vertx).build();
        Pool transactions = PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(txPoolSize).setEventLoopSize(eventLoops))
                .connectingTo(new PgConnectOptions(connect).setPipeliningLimit(1)).using(vertx).build();
        ReferenceReviews reviews = new ReferenceReviews(reads, transactions, adminKey);
        Buffer staticDocument = staticDocument();
        ReferenceCheck check = new ReferenceCheck(ShippedKnowledge.read(options.getOrDefault("knowledge",
                "knowledge/knowledge.json")));

        // Fail fast (and say why) when the database is not there, rather than answering 503 to the load generator.
        reads.query("select 1").execute()
                .compose(ok -> vertx.deployVerticle(() -> new ReferenceHttp(httpPort, reads, reviews, staticDocument, check),
                        new DeploymentOptions().setInstances(eventLoops)))
                .onSuccess(id -> System.out.println("Reference server listening on " + httpPort))
                .onFailure(failure -> {
                    System.err.println("Reference server could not start: " + failure);
                    vertx.close().onComplete(closed -> System.exit(1));
                });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> vertx.close().toCompletionStage().toCompletableFuture()
                .join(), "reference-server-shutdown"));
    }

    /**
     * A claim view of the seed corpus's size (about 540 bytes), encoded once: what serving JSON costs without a
     * database or an encoder.
     */
    static Buffer staticDocument() {
        JsonObject claim = new JsonObject()
                .put("id", "01a23306-cabb-7f00-a7be-0b9e0f44ae45")
                .put("articleId", "01a23306-c7ea-7021-a2ee-943303c23c1d")
                .put("text", "Myanmar's military seized power in a coup in 2021.")
                .put("anchor", new JsonObject().put("start", 506).put("end", 545)
                        .put("exact", "seized power in that shocking 2021 coup")
                        .put("prefix", "madaw as they're known locally, ")
                        .put("suffix", ". It's a move that, frankly, tel"))
                .put("origin", "EDITOR").put("status", "REVIEWED").put("verdict", "ACCURATE").put("confidence", 0.98)
                .put("reviewedAt", "2026-12-01T19:13:32.867376Z").put("version", 1)
                .put("createdAt", "2026-12-01T19:13:32.859458Z").put("updatedAt", "2026-12-01T19:13:32.867376Z");
        return Buffer.buffer(claim.encode());
    }

    private static Map<String, String> parse(String[] args) {
        List<String> known = List.of("http-port", "pg-host", "pg-port", "database", "user", "password", "pool-size",
                "tx-pool-size", "pipelining", "event-loops", "admin-key", "statement-timeout", "knowledge");
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                System.err.println("Usage: ReferenceServer " + known.stream().map(k -> "[--" + k + " value]")
                        .reduce((a, b) -> a + " " + b).orElse("") + " (unknown or valueless: " + args[i] + ")");
                System.exit(2);
            }
            options.put(name, args[++i]);
        }
        return options;
    }
}
