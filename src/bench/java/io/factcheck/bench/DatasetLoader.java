package io.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the benchmark dataset through the API, as a newsroom would: articles (the service runs the checker and stores
 * its CHECKER claims), EDITOR claims anchored by quote, and reviews of some claims so verdicts and status vary. Writes
 * the id files the load scripts read (claims.txt, articles.txt, queries.txt) and, last, a "complete" marker.
 * <p>
 * {@code java -cp target/benchmarks.jar io.factcheck.bench.DatasetLoader --api http://127.0.0.1:18080 --key K
 * --out target/bench/ids [--articles 10000] [--claims 100000] [--concurrency 16] [--seed 42]}
 * <br>{@code ... DatasetLoader --check-article FILE} writes the fixed POST /check body instead.
 */
public final class DatasetLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] VERDICTS = {"ACCURATE", "MOSTLY_ACCURATE", "OUTDATED", "MISLEADING", "INACCURATE",
            "UNVERIFIED"};
    /** The service's per-article limit is 500; stay far below it. */
    static final int MAX_EDITOR_CLAIMS = 12;
    static final String[] PUBLISHERS = {"Asia Wire", "Baltic Courier", "The Daily Ledger", "Global Desk", "Mekong Times",
            "Eastern Review"};
    static final String[] AUTHORS = {"Anna Petrova", "Sok Dara", "James Miller", "Nguyen Lan", "Maria Kowalska",
            "Aung Min"};

    private final HttpClient http;
    private final URI api;
    private final String key;
    private final int articles;
    private final int targetClaims;
    private final int concurrency;
    private final long seed;
    private final NewsText text = new NewsText();

    private final ConcurrentLinkedQueue<String> articleIds = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> claimIds = new ConcurrentLinkedQueue<>();
    /** Editor sentences stored, for choosing search terms that match enough claims. */
    private final ConcurrentLinkedQueue<List<String>> storedTerms = new ConcurrentLinkedQueue<>();
    private final AtomicInteger articlesDone = new AtomicInteger();
    private final AtomicInteger claimCount = new AtomicInteger();
    private final AtomicInteger reviewCount = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private DatasetLoader(Map<String, String> args) {
        this.api = URI.create(args.getOrDefault("api", "http://127.0.0.1:18080"));
        this.key = args.get("key");
        this.articles = Integer.parseInt(args.getOrDefault("articles", "10000"));
        this.targetClaims = Integer.parseInt(args.getOrDefault("claims", "100000"));
        this.concurrency = Integer.parseInt(args.getOrDefault("concurrency", "16"));
        this.seed = Long.parseLong(args.getOrDefault("seed", "42"));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(2)).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = BenchArgs.parse(argv);
        if (args.containsKey("check-article")) {
            writeCheckArticle(Path.of(args.get("check-article")));
            return;
        }
        if (args.get("key") == null || args.get("out") == null) {
            throw new IllegalArgumentException("--key and --out are required");
        }
        try {
            new DatasetLoader(args).run(Path.of(args.get("out")));
        } catch (Exception | Error e) {
            // The HTTP client's threads would keep the JVM alive, and run.sh waiting on it, after a failure.
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** The fixed ~5 KB article POST /check sends (wrk script, fixed-rate load and the JMH reference alike). */
    static void writeCheckArticle(Path file) throws IOException {
        NewsText.Article a = new NewsText().article(new Random(5000), 5000, LocalDate.of(2025, 11, 29), 0);
        ObjectNode body = JSON.createObjectNode().put("text", a.body()).put("publishedAt", a.publishedAt().toString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(body) + "\n");
        System.out.printf("wrote %s: %d characters of text%n", file, a.body().length());
    }

    private void run(Path out) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("complete"));
        Random rnd = new Random(seed);
        Semaphore slots = new Semaphore(concurrency);
        var progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> log(started), 5, 5, TimeUnit.SECONDS);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < articles && failure.get() == null; i++) {
                // Generated up front, on this thread, so the dataset depends on the seed only, not on timing.
                LocalDate date = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(3985));
                NewsText.Article article = text.article(rnd, 1500 + rnd.nextInt(2500), date, MAX_EDITOR_CLAIMS);
                long articleSeed = rnd.nextLong();
                int index = i;
                slots.acquire();
                CompletableFuture<Void> done = loadArticle(index, article, new Random(articleSeed))
                        .whenComplete((ok, e) -> {
                            slots.release();
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
                pending.add(done);
                pending.removeIf(CompletableFuture::isDone);
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        } finally {
            progress.shutdownNow();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("dataset load failed: " + failure.get().getMessage(), failure.get());
        }
        log(started);
        List<String> queries = fullPageQueries(queries());
        Files.write(out.resolve("articles.txt"), articleIds);
        List<String> claims = new ArrayList<>(claimIds);
        Collections.sort(claims); // UUIDv7: time order; the scripts pick at random anyway
        Files.write(out.resolve("claims.txt"), claims);
        Files.write(out.resolve("queries.txt"), queries);
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = String.format("{\"articles\":%d,\"claims\":%d,\"reviews\":%d,\"queries\":%d,\"requests\":%d,"
                        + "\"seconds\":%.1f,\"seed\":%d}", articleIds.size(), claims.size(), reviewCount.get(),
                queries.size(), requests.get(), seconds, seed);
        Files.writeString(out.resolve("complete"), summary + "\n");
        System.out.println("dataset loaded: " + summary);
        System.exit(0); // the HTTP client's threads are not daemons
    }

    /** One article's writes, in order: the article, its editor claims, then reviews (never two at once on a claim). */
    private CompletableFuture<Void> loadArticle(int index, NewsText.Article a, Random rnd) {
        ObjectNode body = JSON.createObjectNode()
                .put("url", "https://bench.example.org/news/" + seed + "/" + index)
                .put("title", a.title())
                .put("publisher", NewsText.pick(rnd, PUBLISHERS))
                .put("author", NewsText.pick(rnd, AUTHORS))
                .put("language", "en")
                .put("state", "PUBLISHED") // what readers read; BulkDataset writes the same
                .put("publishedAt", a.publishedAt().toString())
                .put("body", a.body());
        return send("POST", "/api/v1/articles", body).thenCompose(created -> {
            String articleId = created.get("id").asText();
            articleIds.add(articleId);
            List<String> ids = new ArrayList<>();
            created.path("claims").forEach(c -> ids.add(c.get("id").asText()));
            claimCount.addAndGet(ids.size());
            int editors = editorClaims(a.editorClaims().size(), articles - articlesDone.get(), claimCount.get(),
                    targetClaims);
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (NewsText.Sentence s : a.editorClaims().subList(0, editors)) {
                ObjectNode claim = JSON.createObjectNode().put("articleId", articleId).put("text", s.text())
                        .put("claimant", s.claimant()).put("person", s.person());
                claim.putObject("anchor").put("exact", s.text());
                chain = chain.thenCompose(x -> send("POST", "/api/v1/claims", claim)).thenAccept(c -> {
                    ids.add(c.get("id").asText());
                    claimCount.incrementAndGet();
                    storedTerms.add(s.terms());
                });
            }
            return chain.thenCompose(x -> reviews(ids, rnd)).thenAccept(x -> {
                claimIds.addAll(ids);
                articlesDone.incrementAndGet();
            });
        });
    }

    /**
     * Editor claims for one article: enough to reach the claim target over the remaining articles. The checker finds
     * about ten per article, so usually one or two are enough.
     */
    static int editorClaims(int available, int remainingArticles, int claimsSoFar, int targetClaims) {
        int remaining = Math.max(1, remainingArticles);
        int deficit = targetClaims - claimsSoFar - remaining;
        return Math.min(available, Math.max(1, (int) Math.ceil(Math.max(0, deficit) / (double) remaining) + 1));
    }

    /** One review's content; {@link BulkDataset} writes the same rows as this loader posts. */
    record ReviewDraft(String verdict, double confidence, String summary, String reviewer, String evidenceUrl) {
    }

    /** How often a claim is reviewed: about one claim in ten, a few of them twice. */
    static int reviewTimes(Random rnd) {
        return rnd.nextInt(10) == 0 ? (rnd.nextInt(4) == 0 ? 2 : 1) : 0;
    }

    static ReviewDraft reviewDraft(Random rnd) {
        return new ReviewDraft(NewsText.pick(rnd, VERDICTS), Math.round((0.5 + rnd.nextDouble() * 0.5) * 100) / 100.0,
                "Checked against " + NewsText.pick(rnd, NewsText.ORGANISATIONS) + " records on "
                        + NewsText.pick(rnd, NewsText.TOPICS) + ".",
                NewsText.pick(rnd, new String[]{"Fact desk", "Lena Ortiz", "Chan Vuthy"}),
                "https://example.org/evidence/" + rnd.nextInt(100000));
    }

    /** Reviews about one claim in ten, a few of them twice, so verdicts, status and histories vary. */
    private CompletableFuture<Void> reviews(List<String> ids, Random rnd) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (String id : ids) {
            int times = reviewTimes(rnd);
            for (int t = 0; t < times; t++) {
                ReviewDraft draft = reviewDraft(rnd);
                ObjectNode review = JSON.createObjectNode().put("verdict", draft.verdict())
                        .put("confidence", draft.confidence()).put("summary", draft.summary())
                        .put("reviewer", draft.reviewer());
                review.putArray("evidence").addObject().put("url", draft.evidenceUrl()).put("title", "Source document");
                chain = chain.thenCompose(x -> send("POST", "/api/v1/claims/" + id + "/reviews", review))
                        .thenAccept(r -> reviewCount.incrementAndGet());
            }
        }
        return chain;
    }

    private CompletableFuture<JsonNode> send(String method, String path, JsonNode body) {
        if (failure.get() != null) {
            return CompletableFuture.failedFuture(new IllegalStateException("stopped after an earlier failure"));
        }
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
        requests.incrementAndGet();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            try {
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new IllegalStateException("unreadable answer to " + method + " " + path, e);
            }
        });
    }

    /**
     * Search terms matching at least 25 stored editor claims (so a 20-row page is always full) and at most 5,000 (so a
     * query stays a selective search, not a scan of the whole table): topics, places, organisations, surnames alone
     * and in pairs.
     */
    private List<String> queries() {
        return candidateQueries(storedTerms, seed);
    }

    /** {@link #queries()} over any editor claims' terms (topic, place, organisation, person each). */
    static List<String> candidateQueries(Iterable<List<String>> storedTerms, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> t : storedTerms) {
            // terms: topic, place, organisation, person
            for (String q : List.of(t.get(0), t.get(1), t.get(2), t.get(3), t.get(0) + " " + t.get(1),
                    t.get(0) + " " + t.get(2), t.get(3) + " " + t.get(0))) {
                counts.merge(q, 1, Integer::sum);
            }
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= 25 && e.getValue() <= 5000)
                .sorted(Map.Entry.comparingByKey()).forEach(e -> kept.put(e.getKey(), e.getValue()));
        List<String> all = new ArrayList<>(kept.keySet());
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(500, all.size()));
    }

    /**
     * The terms that fill a 20-row page through the API (websearch's stemming and stop words make a term's own count
     * only an estimate), so that the search benchmark never measures short pages.
     */
    private List<String> fullPageQueries(List<String> candidates) {
        Set<String> full = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Void>> checks = new ArrayList<>();
        Semaphore slots = new Semaphore(concurrency);
        for (String q : candidates) {
            slots.acquireUninterruptibly();
            // With the key: anonymous searches see reviewed claims only (issue 14).
            HttpRequest get = HttpRequest.newBuilder(api.resolve("/api/v1/claims?limit=20&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + key).build();
            checks.add(http.sendAsync(get, HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("search '" + q + "' answered " + r.statusCode());
                }
                try {
                    if (JSON.readTree(r.body()).path("items").size() == 20) {
                        full.add(q);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).whenComplete((x, e) -> slots.release()));
        }
        CompletableFuture.allOf(checks.toArray(CompletableFuture[]::new)).join();
        List<String> kept = candidates.stream().filter(full::contains).toList();
        if (kept.size() < 50) {
            throw new IllegalStateException("only " + kept.size() + " search terms fill a 20-row page");
        }
        System.out.printf("%d of %d search terms fill a 20-row page%n", kept.size(), candidates.size());
        return kept;
    }

    private void log(long started) {
        double s = (System.nanoTime() - started) / 1e9;
        System.out.printf("[%5.0f s] articles %d/%d, claims %d, reviews %d, %d requests (%.0f/s)%n", s,
                articlesDone.get(), articles, claimCount.get(), reviewCount.get(), requests.get(), requests.get() / s);
    }
}
