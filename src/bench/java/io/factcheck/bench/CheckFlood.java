package io.factcheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flood of issue #17, as a measurement (not a test): N connections post the same large text to POST /api/v1/check
 * for S seconds, while one editor posts reviews and reads a claim in a loop; reports the answers by status, the
 * latencies, and the service's RSS (sampled from /proc every 500 ms when --pid is given). Loopback only; bounded in
 * time. JDK only, so it also runs as a single file:
 *
 * <pre>
 * java src/bench/java/io/factcheck/bench/CheckFlood.java --api http://127.0.0.1:8080 --key $CLAIMS_ADMIN_KEY \
 *     --pid $(pgrep -f quarkus-run.jar) --connections 256 --seconds 25 --text-bytes 99000
 * </pre>
 */
public final class CheckFlood {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String api = options.getOrDefault("api", "http://127.0.0.1:8080");
        if (!URI.create(api).getHost().matches("127\\.0\\.0\\.1|localhost|\\[::1]")) {
            throw new IllegalArgumentException("loopback only: " + api);
        }
        String key = options.get("key");
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "256"));
        int seconds = Math.min(120, Integer.parseInt(options.getOrDefault("seconds", "25")));
        int textBytes = Math.min(100_000, Integer.parseInt(options.getOrDefault("text-bytes", "99000")));

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        StringBuilder text = new StringBuilder("Cambodian Prime Minister Hun Sen opened the bridge. ");
        while (text.length() < textBytes - 100) {
            text.append("The council met on Tuesday to discuss the budget for the new ferry terminal and its roads. ");
        }
        String body = "{\"text\":\"" + text + "\",\"publishedAt\":\"2025-11-29\"}";

        String claimPath = key == null ? null : setUp(client, api, key);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Long> okMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> refusedMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        Semaphore open = new Semaphore(connections);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long[] rss = { 0 };
        Thread sampler = new Thread(() -> {
            while (System.nanoTime() < end && pid > 0) {
                rss[0] = Math.max(rss[0], rssKib(pid));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        List<Long> reviewMillis = new ArrayList<>();
        List<Long> readMillis = new ArrayList<>();
        Thread editor = new Thread(() -> {
            for (int n = 0; claimPath != null && System.nanoTime() < end; n++) {
                try {
                    long t0 = System.nanoTime();
                    int review = send(client, HttpRequest.newBuilder(URI.create(api + claimPath + "/reviews"))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"verdict\":\"ACCURATE\",\"confidence\":0.9,"
                                    + "\"summary\":\"flood " + n + "\"}")).build()).statusCode();
                    long t1 = System.nanoTime();
                    int read = send(client, HttpRequest.newBuilder(URI.create(api + claimPath)).GET().build())
                            .statusCode();
                    long t2 = System.nanoTime();
                    if (review != 201 || read != 200) {
                        System.err.printf("editor: review %d, read %d%n", review, read);
                    }
                    reviewMillis.add((t1 - t0) / 1_000_000);
                    readMillis.add((t2 - t1) / 1_000_000);
                    Thread.sleep(200);
                } catch (Exception e) {
                    System.err.println("editor: " + e);
                }
            }
        });
        editor.start();

        HttpRequest check = HttpRequest.newBuilder(URI.create(api + "/api/v1/check")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = 0;
        while (System.nanoTime() < end) {
            if (!open.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                continue;
            }
            sent++;
            long t0 = System.nanoTime();
            client.sendAsync(check, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                open.release();
                if (failure != null) {
                    failures.incrementAndGet();
                    return;
                }
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                (response.statusCode() == 200 ? okMillis : refusedMillis).add((System.nanoTime() - t0) / 1_000_000);
            });
        }
        open.acquire(connections); // every request answered or failed
        editor.join();
        sampler.join();
        System.out.printf("checks of %d bytes, %d connections, %d s: %d sent, answers %s, %d failed (timeouts, resets)%n",
                body.length(), connections, seconds, sent, statuses, failures.get());
        System.out.printf("200 latency ms: %s; 429/503 latency ms: %s%n", percentiles(okMillis),
                percentiles(refusedMillis));
        System.out.printf("editor during the flood: review ms %s, read claim ms %s%n", percentiles(reviewMillis),
                percentiles(readMillis));
        if (pid > 0) {
            System.out.printf("service RSS: peak sampled %d MiB, VmHWM %d MiB%n", rss[0] / 1024,
                    field(pid, "VmHWM") / 1024);
        }
    }

    private static String setUp(HttpClient client, String api, String key) throws Exception {
        String article = send(client, HttpRequest.newBuilder(URI.create(api + "/api/v1/articles"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Flood " + System.nanoTime() + "\","
                        + "\"publishedAt\":\"2025-11-29\",\"body\":\"The ferry left the harbour at noon.\"}"))
                .build()).body();
        String articleId = id(article);
        String claim = send(client, HttpRequest.newBuilder(URI.create(api + "/api/v1/claims"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"articleId\":\"" + articleId
                        + "\",\"anchor\":{\"exact\":\"left the harbour at noon\"}}")).build()).body();
        return "/api/v1/claims/" + id(claim);
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String percentiles(List<Long> millis) {
        List<Long> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return "none";
        }
        Collections.sort(sorted);
        return String.format("p50 %d, p99 %d, max %d (n=%d)", sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))), sorted.get(sorted.size() - 1),
                sorted.size());
    }

    private static long rssKib(long pid) {
        return field(pid, "VmRSS");
    }

    private static long field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
