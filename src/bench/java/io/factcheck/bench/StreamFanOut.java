package io.factcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * SSE fan-out benchmark (issue #6): N concurrent subscribers of GET /api/v1/claims/stream on one instance, then
 * {@code changes} reviews posted at a steady interval; every subscriber must receive every change, once, with
 * p99 &lt; 100 ms from the review's 201.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.factcheck.bench.StreamFanOut --api http://127.0.0.1:18080 --key KEY
 *     --claims ids.txt --subscribers 1000 --changes 100 [--interval-ms 50] [--grace-ms 5000] [--warmup-rounds 0]
 *     [--p99-limit-ms 100] [--out result.json]
 * </pre>
 *
 * Changes go round-robin over the claims, one write per claim at a time, so a claim's reviews commit in the order they
 * were answered; the k-th claim.reviewed event of a claim on a stream is its k-th answered review (the data carries the
 * claim's state when sent, not the review id, so it cannot name the review). Events repeating an id already seen for
 * the claim, or beyond its reviews, are duplicates. Latency is receipt time (the chunk that completed the frame) minus
 * the 201's arrival (headline; an event may beat its 201, counted as 0) and minus the POST's send.
 * One JSON line on stdout; progress on stderr. Exit 1 on any loss, duplicate, failed subscriber or write, or p99 at or
 * above --p99-limit-ms (100 ms).
 */
public final class StreamFanOut {

    private static final String STREAM_PATH = "/api/v1/claims/stream";
    private static final String[] VERDICTS = { "ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIED" };
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Options(String api, String key, Path claims, int subscribers, int changes, long intervalMs,
            long graceMs, long openTimeoutMs, int warmupRounds, long p99LimitMs, Path out) {
    }

    private record ChangeKey(UUID claimId, double confidence) {
    }

    private final Options options;
    private final List<UUID> claimIds;
    private final Vertx vertx;
    private final HttpClient streams;
    private final HttpClient writes;
    private final Map<UUID, Integer> claimIndex = new HashMap<>();
    private final ChangeKey[] plan;
    private final int perClaim;
    /** The sender's one context: the per-claim queues below are only touched there. */
    private final Context sender;
    private final boolean[] writing;
    private final List<ArrayDeque<Integer>> due = new ArrayList<>();
    /** Per claim, its changes in the order they were answered 201 (= commit order, one write at a time). */
    private final List<List<Integer>> answered = new ArrayList<>();

    private final long[] sentNanos;
    private final long[] ackNanos;
    /** [((subscriber * claims) + claim) * perClaim + k]: receipt time of the claim's k-th event, 0 until received. */
    private final AtomicLongArray received;
    /** [subscriber * claims + claim]: events received for the claim, and the highest event id. */
    private final AtomicIntegerArray counts;
    private final AtomicLongArray lastIds;
    private final AtomicLong stateMismatch = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unmatched = new AtomicLong();
    private final AtomicInteger connectFailures = new AtomicInteger();
    private final AtomicInteger disconnected = new AtomicInteger();
    private final AtomicInteger failedChanges = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile boolean finishing;

    private StreamFanOut(Options options, List<UUID> claimIds) {
        this.options = options;
        this.claimIds = claimIds;
        this.vertx = Vertx.vertx();
        // One connection per subscriber: an SSE response holds its HTTP/1.1 connection for good.
        this.streams = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(30_000).setIdleTimeout(0)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(options.subscribers()).setMaxWaitQueueSize(-1));
        // Writes get their own pool, so a change never waits behind the stream connections.
        this.writes = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(10_000).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(8));
        int n = options.changes();
        this.plan = new ChangeKey[n];
        // A per-run offset keeps this run's confidences apart from the claims' current ones and from earlier runs.
        double offset = ThreadLocalRandom.current().nextDouble(0.1, 0.9);
        int k = claimIds.size();
        for (int i = 0; i < n; i++) {
            plan[i] = new ChangeKey(claimIds.get(i % k), (i + offset) / n);
        }
        for (int x = 0; x < k; x++) {
            claimIndex.put(claimIds.get(x), x);
            due.add(new ArrayDeque<>());
            answered.add(new ArrayList<>());
        }
        this.perClaim = (n + k - 1) / k;
        this.sender = vertx.getOrCreateContext();
        this.writing = new boolean[k];
        this.sentNanos = new long[n];
        this.ackNanos = new long[n];
        this.received = new AtomicLongArray(Math.multiplyExact(Math.multiplyExact(options.subscribers(), k), perClaim));
        this.counts = new AtomicIntegerArray(options.subscribers() * k);
        this.lastIds = new AtomicLongArray(options.subscribers() * k);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        List<UUID> claims;
        try {
            options = parse(args);
            claims = readClaims(options.claims());
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("StreamFanOut: " + e.getMessage());
            System.err.println("usage: StreamFanOut --api URL --key KEY --claims FILE --subscribers N --changes N "
                    + "[--interval-ms 50] [--grace-ms 5000] [--open-timeout-ms 60000] [--warmup-rounds 0] [--p99-limit-ms 100] [--out FILE]");
            System.exit(2);
            return;
        }
        if (claims.size() * options.intervalMs() < 200) {
            System.err.printf("StreamFanOut: warning: each claim is reviewed every %d ms; an event carries the claim's"
                    + " state when sent, so two quick reviews of one claim can look like a loss plus a duplicate%n",
                    claims.size() * options.intervalMs());
        }
        // Warm-up rounds, whole runs in this JVM, judged by nobody: the service's stream path and this client's parser
        // are compiled by the measured round, as wrk's warm-up does for the other endpoints.
        for (int round = 1; round <= options.warmupRounds(); round++) {
            System.err.printf("StreamFanOut: warm-up round %d of %d%n", round, options.warmupRounds());
            StreamFanOut warmUp = new StreamFanOut(options, claims);
            try {
                warmUp.run(false);
            } finally {
                warmUp.close();
            }
        }
        StreamFanOut bench = new StreamFanOut(options, claims);
        int exit;
        try {
            exit = bench.run(true);
        } finally {
            bench.close();
        }
        System.exit(exit);
    }

    /** measured: the result goes to stdout (and --out) and decides the exit code; otherwise it is logged on stderr. */
    private int run(boolean measured) throws Exception {
        int subs = options.subscribers();
        CountDownLatch opened = new CountDownLatch(subs);
        long openStart = System.nanoTime();
        for (int s = 0; s < subs; s++) {
            subscribe(s, opened);
        }
        if (!opened.await(options.openTimeoutMs(), TimeUnit.MILLISECONDS)) {
            System.err.printf("StreamFanOut: only %d of %d streams open after %d ms%n", subs - opened.getCount(), subs,
                    options.openTimeoutMs());
        }
        long openMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - openStart);
        System.err.printf("StreamFanOut: %d streams open in %d ms (%d failed); posting %d changes every %d ms%n",
                subs - opened.getCount(), openMs, connectFailures.get(), options.changes(), options.intervalMs());

        CompletableFuture<Void> allWritten = postChanges();
        allWritten.get(options.changes() * options.intervalMs() + 120_000, TimeUnit.MILLISECONDS);
        // The whole grace period, even when everything has arrived: a late duplicate must be seen too.
        Thread.sleep(options.graceMs());
        finishing = true;
        return report(openMs, measured);
    }

    private void subscribe(int subscriber, CountDownLatch opened) {
        boolean[] open = { false };
        StreamFanOutSseParser parser = new StreamFanOutSseParser(new StreamFanOutSseParser.Listener() {
            @Override
            public void comment(String text, long receivedNanos) {
                if (!open[0]) {
                    open[0] = true;
                    opened.countDown();
                }
            }

            @Override
            public void event(String type, String id, String data, long receivedNanos) {
                received(subscriber, type, id, data, receivedNanos);
            }
        });
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(options.api() + STREAM_PATH).putHeader("Accept", "text/event-stream");
        streams.request(request).compose(req -> req.send()).onComplete(result -> {
            if (result.failed() || result.result().statusCode() != 200) {
                connectFailures.incrementAndGet();
                System.err.println("StreamFanOut: subscriber " + subscriber + " failed: "
                        + (result.failed() ? result.cause() : "HTTP " + result.result().statusCode()));
                opened.countDown(); // counted as failed, not waited for
                return;
            }
            var response = result.result();
            response.handler(chunk -> parser.feed(chunk, System.nanoTime()));
            response.exceptionHandler(failure -> lost(subscriber, open, opened, failure.toString()));
            response.endHandler(end -> lost(subscriber, open, opened, "the stream ended"));
        });
    }

    private void lost(int subscriber, boolean[] open, CountDownLatch opened, String why) {
        if (finishing) {
            return;
        }
        disconnected.incrementAndGet();
        System.err.println("StreamFanOut: subscriber " + subscriber + " disconnected: " + why);
        if (!open[0]) {
            open[0] = true;
            opened.countDown();
        }
    }

    /** Runs on the subscriber's event loop (one connection, one thread). */
    private void received(int subscriber, String type, String id, String data, long receivedNanos) {
        Integer claim = null;
        double confidence = Double.NaN;
        long eventId = -1;
        if ("claim.reviewed".equals(type)) {
            try {
                // Only the two fields this needs, streamed: a tree per event cost this client as much CPU as the
                // service spends sending it, on the same two cores.
                String claimId = null;
                try (JsonParser parser = JSON.getFactory().createParser(data)) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String field = parser.currentName();
                            JsonToken value = parser.nextToken();
                            if ("claimId".equals(field)) {
                                claimId = parser.getValueAsString();
                            } else if ("confidence".equals(field) && value.isNumeric()) {
                                confidence = parser.getDoubleValue();
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                }
                claim = claimId == null ? null : claimIndex.get(UUID.fromString(claimId));
                eventId = Long.parseLong(id);
            } catch (IOException | RuntimeException e) {
                System.err.println("StreamFanOut: unreadable event " + id + ": " + data);
                claim = null;
            }
        }
        if (claim == null) {
            unmatched.incrementAndGet(); // not a review, or another claim's
            return;
        }
        int slot = subscriber * claimIds.size() + claim;
        // One claim's events come in id order: an id not above the last one is the same event again.
        if (eventId <= lastIds.get(slot)) {
            duplicates.incrementAndGet();
            return;
        }
        lastIds.set(slot, eventId);
        int k = counts.getAndIncrement(slot);
        if (k >= perClaim) {
            duplicates.incrementAndGet(); // more reviewed events than the claim got reviews
            return;
        }
        received.set(slot * perClaim + k, receivedNanos);
        // The data is the claim's state when sent: another write in between shows up here, for the report only.
        if (Double.compare(confidence, plan[k * claimIds.size() + claim].confidence()) != 0) {
            stateMismatch.incrementAndGet();
        }
    }

    /**
     * Open loop: change i is due at start + i × interval, whatever earlier writes took; only a change whose claim still
     * has a write in flight waits for it (so each claim's reviews commit in answer order).
     */
    private CompletableFuture<Void> postChanges() {
        CompletableFuture<?>[] done = new CompletableFuture<?>[options.changes()];
        for (int i = 0; i < options.changes(); i++) {
            done[i] = new CompletableFuture<Void>();
        }
        sender.runOnContext(ignored -> {
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            for (int i = 0; i < options.changes(); i++) {
                int change = i;
                long at = start + TimeUnit.MILLISECONDS.toNanos(i * options.intervalMs());
                long delayMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(at - System.nanoTime()));
                vertx.setTimer(delayMs, timer -> {
                    int claim = change % claimIds.size();
                    if (writing[claim]) {
                        due.get(claim).add(change);
                    } else {
                        writing[claim] = true;
                        post(change, UUID.randomUUID().toString(), 0, done);
                    }
                });
            }
        });
        return CompletableFuture.allOf(done);
    }

    /** On the sender's context: the claim's write ended, its next due change may go. */
    private void written(int change, CompletableFuture<?>[] done) {
        int claim = change % claimIds.size();
        done[change].complete(null);
        Integer next = due.get(claim).poll();
        if (next == null) {
            writing[claim] = false;
        } else {
            post(next, UUID.randomUUID().toString(), 0, done);
        }
    }

    private void post(int change, String idempotencyKey, int attempt, CompletableFuture<?>[] done) {
        ChangeKey key = plan[change];
        ObjectNode body = JSON.createObjectNode()
                .put("verdict", VERDICTS[change % VERDICTS.length])
                .put("confidence", key.confidence())
                .put("summary", "Fan-out benchmark change " + change)
                .put("reviewer", "StreamFanOut");
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setAbsoluteURI(options.api() + "/api/v1/claims/" + key.claimId() + "/reviews")
                .putHeader("Authorization", "Bearer " + options.key())
                .putHeader("Content-Type", "application/json")
                // Same key on every retry: a retry after a lost answer cannot create a second review.
                .putHeader("Idempotency-Key", idempotencyKey);
        Buffer payload = Buffer.buffer(body.toString());
        writes.request(request).compose(req -> {
            sentNanos[change] = System.nanoTime();
            return req.send(payload);
        }).onComplete(result -> {
            long now = System.nanoTime();
            int status = result.succeeded() ? result.result().statusCode() : -1;
            if (status == 201) {
                ackNanos[change] = now;
                answered.get(change % claimIds.size()).add(change);
                written(change, done);
            } else if ((status == 409 || status == 503 || status == -1) && attempt < 5) {
                // 409: a concurrent review of this claim won; nothing was stored, so the same request runs again.
                retries.incrementAndGet();
                vertx.setTimer(20L << attempt, t -> post(change, idempotencyKey, attempt + 1, done));
            } else {
                failedChanges.incrementAndGet();
                System.err.println("StreamFanOut: change " + change + " failed: "
                        + (result.failed() ? result.cause() : "HTTP " + status));
                written(change, done);
            }
        });
    }

    private int report(long openMs, boolean measured) throws IOException {
        int subs = options.subscribers();
        int n = options.changes();
        // Microseconds, up to an hour, 3 significant digits.
        Histogram fromAck = new Histogram(3_600_000_000L, 3);
        Histogram fromSend = new Histogram(3_600_000_000L, 3);
        long got = 0;
        long beforeAck = 0;
        int k = claimIds.size();
        for (int s = 0; s < subs; s++) {
            for (int x = 0; x < k; x++) {
                List<Integer> changes = answered.get(x); // a failed write has no event: its slot counts as lost
                for (int j = 0; j < changes.size(); j++) {
                    long at = received.get((s * k + x) * perClaim + j);
                    if (at == 0) {
                        continue;
                    }
                    int c = changes.get(j);
                    got++;
                    if (at < ackNanos[c]) {
                        beforeAck++;
                    }
                    fromAck.recordValue(Math.max(0, at - ackNanos[c]) / 1_000);
                    fromSend.recordValue(Math.max(0, at - sentNanos[c]) / 1_000);
                }
            }
        }
        long expected = (long) subs * n;
        long lost = expected - got;
        double p99 = ms(fromAck.getValueAtPercentile(99));
        ObjectNode result = JSON.createObjectNode()
                .put("subscribers", subs)
                .put("changes", n)
                .put("expected", expected)
                .put("received", got)
                .put("lost", lost)
                .put("duplicates", duplicates.get())
                .put("p50Ms", ms(fromAck.getValueAtPercentile(50)))
                .put("p99Ms", p99)
                .put("maxMs", ms(fromAck.getMaxValue()))
                .put("p99FromSendMs", ms(fromSend.getValueAtPercentile(99)))
                .put("p50FromSendMs", ms(fromSend.getValueAtPercentile(50)))
                .put("maxFromSendMs", ms(fromSend.getMaxValue()))
                .put("beforeAck", beforeAck)
                .put("connectFailures", connectFailures.get())
                .put("disconnected", disconnected.get())
                .put("failedChanges", failedChanges.get())
                .put("retries", retries.get())
                .put("unmatched", unmatched.get())
                .put("stateMismatch", stateMismatch.get())
                .put("intervalMs", options.intervalMs())
                .put("openMs", openMs)
                .put("p99LimitMs", options.p99LimitMs());
        boolean pass = lost == 0 && duplicates.get() == 0 && p99 < options.p99LimitMs() && connectFailures.get() == 0
                && disconnected.get() == 0 && failedChanges.get() == 0;
        result.put("pass", pass);
        String line = result.toString();
        if (!measured) {
            System.err.println("StreamFanOut: warm-up result (not judged): " + line);
            return 0;
        }
        System.out.println(line);
        if (options.out() != null) {
            Files.writeString(options.out(), line + "\n");
        }
        return pass ? 0 : 1;
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private void close() {
        finishing = true;
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("StreamFanOut: closing Vert.x: " + e);
        }
    }

    private static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
        String api = required(values, "api").replaceAll("/+$", "");
        Options options = new Options(api, required(values, "key"), Path.of(required(values, "claims")),
                positive(values, "subscribers", null), positive(values, "changes", null),
                positive(values, "interval-ms", "50"), positive(values, "grace-ms", "5000"),
                positive(values, "open-timeout-ms", "60000"), nonNegative(values, "warmup-rounds", "0"),
                positive(values, "p99-limit-ms", "100"),
                values.containsKey("out") ? Path.of(values.remove("out")) : null);
        values.keySet().removeAll(List.of("api", "key", "claims", "subscribers", "changes", "interval-ms", "grace-ms",
                "open-timeout-ms", "warmup-rounds", "p99-limit-ms"));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + values.keySet());
        }
        return options;
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static int positive(Map<String, String> values, String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a positive integer, got " + value);
    }

    private static int nonNegative(Map<String, String> values, String name, String fallback) {
        String value = values.getOrDefault(name, fallback);
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a non-negative integer, got " + value);
    }

    private static List<UUID> readClaims(Path file) throws IOException {
        List<UUID> ids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                ids.add(UUID.fromString(trimmed));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no claim ids");
        }
        return ids;
    }
}
