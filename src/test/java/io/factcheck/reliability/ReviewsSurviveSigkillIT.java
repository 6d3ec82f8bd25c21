package io.factcheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.PackagedService;

/**
 * The packaged service on its own durable embedded PostgreSQL is killed with SIGKILL while four clients post reviews
 * (each with an Idempotency-Key). After a restart on the same data directory every review that was answered 201 is
 * there exactly once, the claim agrees with its newest review, and retrying the unanswered requests with their keys
 * creates each at most once. Runs after `package`, as a failsafe integration test.
 */
class ReviewsSurviveSigkillIT {

    private static final String KEY = "sigkill-it-admin-key-" + System.nanoTime();
    private static final int CLIENTS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dataDirectory;
    private static PackagedService service;

    /** A review request as a client sends it: its key and body. */
    record Sent(String key, String summary, String body) {
    }

    @AfterAll
    static void cleanUp() throws Exception {
        if (service != null) {
            service.kill();
        }
        PackagedService.stopPostmasterOf(dataDirectory); // whatever a failed run left behind
    }

    @Test
    void every_answered_review_survives_a_sigkill_exactly_once() throws Exception {
        dataDirectory = Files.createTempDirectory("claims-sigkill");
        service = PackagedService.onEmbeddedDatabase("sigkill-first", dataDirectory, KEY).awaitReady();

        String articleId = field(send("POST", "/api/v1/articles", null, """
                {"title":"Crash test","publishedAt":"2025-11-29","body":"The ferry left the harbour at noon."}"""), 201, "id");
        String claimId = field(send("POST", "/api/v1/claims", null,
                "{\"articleId\":\"" + articleId + "\",\"anchor\":{\"exact\":\"left the harbour at noon\"}}"), 201, "id");
        String reviews = "/api/v1/claims/" + claimId + "/reviews";

        // Four clients post reviews until the service dies under them; a 409 (a concurrent review of the same claim
        // won) is retried with the same key, as a client would.
        Map<String, Sent> answered = new ConcurrentHashMap<>();
        List<Sent> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int n = 0;; n++) {
                    Sent sent = review(client, n);
                    while (true) {
                        HttpResponse<String> response;
                        try {
                            response = send("POST", reviews, sent.key(), sent.body());
                        } catch (IOException | RuntimeException died) {
                            unanswered.add(sent);
                            return null;
                        }
                        if (response.statusCode() == 201) {
                            answered.put(sent.summary(), sent);
                            break;
                        }
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
                        conflicts.incrementAndGet();
                    }
                }
            }));
        }
        Thread.sleep(1500);
        service.kill(); // SIGKILL, mid-load
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertThat(answered).as("reviews answered 201 before the kill").isNotEmpty();
        assertThat(unanswered).hasSize(CLIENTS);

        // takes over the orphaned postmaster's data directory
        service = PackagedService.onEmbeddedDatabase("sigkill-restarted", dataDirectory, KEY).awaitReady();

        Map<String, Integer> counts = summaryCounts(reviews);
        for (String summary : answered.keySet()) {
            assertThat(counts.get(summary)).as("answered review " + summary).isEqualTo(1);
        }
        for (Sent sent : unanswered) {
            assertThat(counts.getOrDefault(sent.summary(), 0)).as("unanswered review " + sent.summary()).isLessThanOrEqualTo(1);
        }
        assertThat(counts.values()).allMatch(count -> count == 1);
        assertThat(counts.keySet()).allMatch(s -> answered.containsKey(s)
                || unanswered.stream().anyMatch(sent -> sent.summary().equals(s)));
        assertClaimAgreesWithNewestReview(claimId, reviews);

        // The requests that got no answer, retried with their keys: each exists exactly once afterwards, whether
        // it had committed before the kill (then the stored response is answered) or not (then it is created now).
        for (Sent sent : unanswered) {
            HttpResponse<String> retry = send("POST", reviews, sent.key(), sent.body());
            while (retry.statusCode() == 409) {
                retry = send("POST", reviews, sent.key(), sent.body());
            }
            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
            assertThat(JSON.readTree(retry.body()).path("summary").asText()).isEqualTo(sent.summary());
            HttpResponse<String> again = send("POST", reviews, sent.key(), sent.body());
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree(retry.body()));
        }
        Map<String, Integer> after = summaryCounts(reviews);
        assertThat(after.values()).allMatch(count -> count == 1);
        assertThat(after).hasSize(answered.size() + unanswered.size());
        assertClaimAgreesWithNewestReview(claimId, reviews);

        // SIGTERM: a clean shutdown, embedded PostgreSQL included
        assertThat(service.terminate(Duration.ofSeconds(60))).as("exit status after SIGTERM").isIn(0, 143);
        assertThat(service.logText()).contains("stopped in");
        assertThat(dataDirectory.resolve("postmaster.pid")).as("embedded PostgreSQL stopped").doesNotExist();
        System.out.printf("ReviewsSurviveSigkillIT: %d reviews answered before the kill, %d unanswered, %d conflicts "
                + "retried%n", answered.size(), unanswered.size(), conflicts.get());
    }

    private static Sent review(int client, int n) {
        String summary = "crash review " + client + "-" + n + " " + UUID.randomUUID();
        String[] verdicts = { "ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNVERIFIED" };
        String verdict = verdicts[(client + n) % verdicts.length];
        double confidence = ((client * 37 + n * 11) % 100) / 100.0;
        String body = "{\"verdict\":\"" + verdict + "\",\"confidence\":" + confidence + ",\"summary\":\"" + summary
                + "\"}";
        return new Sent(UUID.randomUUID().toString(), summary, body);
    }

    /** Every review of the claim, by summary, with how often each occurs (all pages). */
    private static Map<String, Integer> summaryCounts(String reviews) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode review : allReviews(reviews)) {
            counts.merge(review.path("summary").asText(), 1, Integer::sum);
        }
        return counts;
    }

    private static List<JsonNode> allReviews(String reviews) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            String path = reviews + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = send("GET", path, null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("items").forEach(all::add);
            cursor = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
        } while (cursor != null);
        return all;
    }

    /** No half-written review: the claim carries its newest review's verdict and confidence, and was updated with it. */
    private static void assertClaimAgreesWithNewestReview(String claimId, String reviews) throws Exception {
        JsonNode newest = allReviews(reviews).get(0); // newest first
        JsonNode claim = JSON.readTree(send("GET", "/api/v1/claims/" + claimId, null, null).body());
        assertThat(claim.path("status").asText()).isEqualTo("REVIEWED");
        assertThat(claim.path("verdict").asText()).isEqualTo(newest.path("verdict").asText());
        assertThat(claim.path("confidence").asDouble()).isEqualTo(newest.path("confidence").asDouble());
        Instant reviewedAt = Instant.parse(claim.path("reviewedAt").asText());
        Instant newestCreatedAt = Instant.parse(newest.path("createdAt").asText());
        assertThat(reviewedAt).isAfterOrEqualTo(newestCreatedAt);
    }

    private static HttpResponse<String> send(String method, String path, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        return service.send(method, path, idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey),
                body);
    }

    private static String field(HttpResponse<String> response, int status, String name) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body()).path(name).asText();
    }
}
