package io.factcheck.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.HdrHistogram.Histogram;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Open-loop constant-rate load (what wrk2 does; Debian's wrk has no such mode): request i is due at
 * start + i / rate whatever happened to earlier requests, and its latency is counted from that intended time, not from
 * when it was actually sent, so a stalled server shows up in the percentiles instead of silently slowing the client
 * down (coordinated omission). Prints one JSON line.
 * <p>
 * {@code java -cp target/benchmarks.jar io.factcheck.bench.FixedRateLoad --url http://127.0.0.1:18080
 * --endpoint claim --rate 5000 --seconds 15 [--warmup 2] [--ids target/bench/ids] [--key K]
 * [--check-body src/bench/resources/check-article.json] [--connections 256]}
 */
public final class FixedRateLoad {

    private static final long TIMEOUT_MS = 10_000;

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchArgs.parse(argv);
        URI url = URI.create(args.getOrDefault("url", "http://127.0.0.1:18080"));
        String endpoint = args.get("endpoint");
        double rate = Double.parseDouble(args.get("rate"));
        double seconds = Double.parseDouble(args.getOrDefault("seconds", "15"));
        double warmup = Double.parseDouble(args.getOrDefault("warmup", "2"));
        int connections = Integer.parseInt(args.getOrDefault("connections", "256"));
        BenchRequests requests = new BenchRequests(endpoint, Path.of(args.getOrDefault("ids", "target/bench/ids")),
                args.get("key"), Path.of(args.getOrDefault("check-body", "src/bench/resources/check-article.json")));

        // One event loop: the generator shares two cores with the service and the database.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(url.getHost())
                .setDefaultPort(url.getPort()).setKeepAlive(true).setPipelining(false),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        Map<Integer, Integer> statuses = new TreeMap<>();
        long[] counts = new long[4]; // sent, completed (in the measured window), non-2xx, errors
        long periodNanos = (long) (1e9 / rate);
        long total = (long) ((warmup + seconds) * rate);
        long warmupCount = (long) (warmup * rate);
        CountDownLatch finished = new CountDownLatch(1);
        long[] outstanding = {0};
        long[] lastDone = {0};
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);

        vertx.runOnContext(v -> vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            // Send everything that is due; a late tick sends a burst, as an open-loop client should.
            while (counts[0] < total && start + counts[0] * periodNanos <= now) {
                long index = counts[0]++;
                long intended = start + index * periodNanos;
                boolean measured = index >= warmupCount;
                BenchRequests.Request r = requests.next();
                outstanding[0]++;
                RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(r.method()))
                        .setURI(r.path()).setIdleTimeout(TIMEOUT_MS);
                r.headers().forEach(options::putHeader);
                client.request(options)
                        .compose(req -> r.body() == null ? req.send() : req.send(Buffer.buffer(r.body())))
                        .compose(resp -> resp.body().map(b -> resp.statusCode()))
                        .onComplete(ar -> {
                            long done = System.nanoTime();
                            if (measured) {
                                lastDone[0] = done;
                                if (ar.succeeded()) {
                                    counts[1]++;
                                    latency.recordValue(Math.max(1, (done - intended) / 1000));
                                    statuses.merge(ar.result(), 1, Integer::sum);
                                    if (ar.result() / 100 != 2) {
                                        counts[2]++;
                                    }
                                } else {
                                    counts[3]++;
                                }
                            }
                            if (--outstanding[0] == 0 && counts[0] == total) {
                                finished.countDown();
                            }
                        });
            }
            if (counts[0] == total) {
                vertx.cancelTimer(timer);
                if (outstanding[0] == 0) {
                    finished.countDown();
                }
            }
        }));
        boolean drained = finished.await((long) ((warmup + seconds) * 1000) + TIMEOUT_MS + 5000, TimeUnit.MILLISECONDS);
        long[] snapshot = new long[5];
        Histogram h = new Histogram(latency.getHighestTrackableValue(), 3);
        Map<Integer, Integer> statusCopy = new TreeMap<>();
        CountDownLatch copied = new CountDownLatch(1);
        vertx.runOnContext(v -> { // the counters belong to the event loop
            System.arraycopy(counts, 0, snapshot, 0, 4);
            snapshot[4] = lastDone[0];
            h.add(latency);
            statusCopy.putAll(statuses);
            snapshot[3] += outstanding[0]; // never answered: errors
            copied.countDown();
        });
        copied.await();
        long measuredSent = snapshot[0] - warmupCount;
        // Answers per second from the first measured send to the last answer: below the target rate when the
        // server fell behind (its queue then shows in the percentiles too).
        double elapsed = Math.max(seconds, (snapshot[4] - (start + warmupCount * periodNanos)) / 1e9);
        System.out.printf(java.util.Locale.ROOT, "{\"endpoint\":\"%s\",\"url\":\"%s\",\"targetRate\":%.1f,"
                        + "\"achievedRate\":%.1f,\"sent\":%d,\"completed\":%d,\"non2xx\":%d,\"errors\":%d,"
                        + "\"statuses\":%s,\"p50Ms\":%.3f,\"p90Ms\":%.3f,\"p99Ms\":%.3f,\"p999Ms\":%.3f,"
                        + "\"maxMs\":%.3f,\"seconds\":%.1f,\"drained\":%b}%n",
                endpoint, url, rate, snapshot[1] / Math.max(elapsed, 1e-3), measuredSent, snapshot[1], snapshot[2],
                snapshot[3], json(statusCopy), ms(h, 50), ms(h, 90), ms(h, 99), ms(h, 99.9),
                h.getMaxValue() / 1000.0, seconds, drained);
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String json(Map<Integer, Integer> statuses) {
        StringBuilder s = new StringBuilder("{");
        statuses.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return s.append('}').toString();
    }
}
