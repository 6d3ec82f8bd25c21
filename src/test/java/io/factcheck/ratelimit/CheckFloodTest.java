package io.factcheck.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The flood of issue #17, small and on loopback: 80 concurrent 99 KB checks from five clients against a checker queue
 * of 16 units (two such checks). Every answer is 200 (complete and right), 429 (over the client's budget) or 503 (the
 * queue was full), each with its headers; nothing is lost or half-done, the queue is empty afterwards, the counters
 * count what was refused, and an editor's review, a read and an article (whose check goes ahead of the posted ones)
 * are answered normally meanwhile. Bounded: 80 requests, at most 32 at once, each within 60 s.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class CheckFloodTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 5;
    private static final int PER_CLIENT = 16;
    private static final int CONCURRENCY = 32;
    private static final Duration EACH = Duration.ofSeconds(60);

    /** ~99 KB of plain prose with a few titles in it: 7 units of 16 KiB. */
    private static String largeText() {
        StringBuilder text = new StringBuilder("Cambodian Prime Minister Hun Sen opened the bridge. ");
        String filler = "The council met on Tuesday to discuss the budget for the new ferry terminal and its roads. ";
        while (text.length() < 99_000) { // under the 100,000 characters a check takes
            text.append(filler);
            if (text.length() % 20_000 < filler.length()) {
                text.append("President Joe Biden spoke later. ");
            }
        }
        return text.toString();
    }

    private record Answer(String client, int status, HttpResponse<String> response) {
    }

    @Test
    void a_flood_of_large_checks_is_answered_200_429_or_503_and_an_editor_is_not_kept_waiting() throws Exception {
        String body = JSON.writeValueAsString(Map.of("text", largeText(), "publishedAt", "2025-11-29"));
        assertThat(body.length()).isBetween(96 * 1024, 112 * 1024); // weighs 7 of the queue's 16 units
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI check = URI.create("http://localhost:" + RestAssured.port + "/api/v1/check");

        // The right answer, from a client with nothing else in flight.
        HttpResponse<String> reference = send(client, check, body, TightLimits.address());
        assertThat(reference.statusCode()).as(reference.body()).isEqualTo(200);
        JsonNode expected = JSON.readTree(reference.body());
        assertThat(expected.get("annotations")).isNotEmpty();

        // One client has spent its budget before the flood: its requests are 429s.
        String spent = TightLimits.address();
        for (int i = 0; i < TightLimits.CHECK_ANONYMOUS / 7; i++) {
            assertThat(send(client, check, body, spent).statusCode()).isEqualTo(200);
        }

        // An editor, and something for the editor to review.
        String editor = TestKeys.issue("flood-editor-" + System.nanoTime(), "editor");
        String articleId = Api.createArticle("The ferry left the harbour at noon on Tuesday.");
        String claimId = Api.createClaim(articleId, "left the harbour at noon");

        double shedBefore = RateLimitTest.counter("claims_requests_shed_total", "check");
        double limitedBefore = RateLimitTest.counter("claims_requests_limited_total", "check");

        List<String> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS - 1; c++) {
            clients.add(TightLimits.address());
        }
        clients.add(spent);
        Semaphore inFlight = new Semaphore(CONCURRENCY);
        List<CompletableFuture<Answer>> flood = new ArrayList<>();
        for (int n = 0; n < CLIENTS * PER_CLIENT; n++) {
            String from = clients.get(n % CLIENTS);
            inFlight.acquire();
            flood.add(client.sendAsync(request(check, body, from), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> inFlight.release())
                    .thenApply(response -> new Answer(from, response.statusCode(), response)));
            if (n == CONCURRENCY) {
                // The flood is on: an editor reviews, reads and writes an article meanwhile.
                editorWorksNormally(editor, claimId);
            }
        }
        CompletableFuture.allOf(flood.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        List<Answer> answers = new ArrayList<>();
        for (CompletableFuture<Answer> answer : flood) {
            answers.add(answer.join()); // every request has its answer: none was lost
        }
        for (Answer answer : answers) {
            HttpResponse<String> response = answer.response();
            String what = answer.status() + " to " + answer.client() + ": " + response.headers().map() + " "
                    + response.body().substring(0, Math.min(300, response.body().length()));
            assertThat(answer.status()).as(what).isIn(200, 429, 503);
            assertThat(response.headers().firstValue("RateLimit-Limit")).as(what)
                    .contains(String.valueOf(TightLimits.CHECK_ANONYMOUS));
            assertThat(response.headers().firstValue("RateLimit-Remaining")).as(what).isPresent();
            assertThat(response.headers().firstValue("RateLimit-Reset")).as(what).isPresent();
            if (answer.status() == 200) {
                // Complete and right: the same findings as the reference, not a part of them.
                assertThat(JSON.readTree(response.body())).as(what).isEqualTo(expected);
            } else {
                assertThat(response.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(JSON.readTree(response.body()).get("status").asInt()).as(what).isEqualTo(answer.status());
                assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"))).as(what)
                        .isBetween(1L, 60L);
            }
            if (answer.status() == 429) {
                assertThat(Long.parseLong(response.headers().firstValue("RateLimit-Remaining").orElseThrow()))
                        .as("a 429 is short of this request's 7 units: " + what).isLessThan(7);
            }
        }
        long ok = answers.stream().filter(a -> a.status() == 200).count();
        long limited = answers.stream().filter(a -> a.status() == 429).count();
        long shed = answers.stream().filter(a -> a.status() == 503).count();
        System.out.printf("CheckFloodTest: %d answered 200, %d 429, %d 503%n", ok, limited, shed);
        assertThat(ok).as("some checks were done").isPositive();
        assertThat(shed).as("with two checks' room, most of 32 at once are shed").isPositive();
        assertThat(limited).as("the client that had spent its budget was limited").isPositive();
        assertThat(answers.stream().filter(a -> a.client().equals(spent)).filter(a -> a.status() == 200).count())
                .as("the spent client refills 7 units in 6 s: a check or two at most").isLessThanOrEqualTo(3);

        // Every refused request was counted, in its class.
        assertThat(RateLimitTest.counter("claims_requests_shed_total", "check")).isEqualTo(shedBefore + shed);
        assertThat(RateLimitTest.counter("claims_requests_limited_total", "check")).isEqualTo(limitedBefore + limited);
        // Nothing holds a place in the queue once every answer is in (the release follows the answer closely).
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (RateLimitTest.gauge("claims_bound_used", "check") != 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(RateLimitTest.gauge("claims_bound_used", "check")).isZero();

        // And the service checks again at once.
        assertThat(send(client, check, body, TightLimits.address()).statusCode()).isEqualTo(200);
    }

    /** An editor's review, a read of the claim, and an article with its checker findings: answered as always. */
    private static void editorWorksNormally(String editor, String claimId) {
        for (int i = 0; i < 3; i++) {
            String verdict = i % 2 == 0 ? "ACCURATE" : "MISLEADING";
            given().header("Authorization", TestKeys.bearer(editor)).contentType(ContentType.JSON)
                    .body(Api.review(verdict, 0.8))
                    .when().post("/api/v1/claims/" + claimId + "/reviews")
                    .then().statusCode(201);
            given().header("Authorization", TestKeys.bearer(editor))
                    .when().get("/api/v1/claims/" + claimId)
                    .then().statusCode(200).body("verdict", org.hamcrest.Matchers.equalTo(verdict));
        }
        String article = given().header("Authorization", TestKeys.bearer(editor)).contentType(ContentType.JSON)
                .body(Api.article("Yesterday Cambodian Prime Minister Hun Sen opened the bridge."))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().asString();
        assertThat(article).contains("\"origin\":\"CHECKER\"").contains("OUTDATED");
    }

    private static HttpRequest request(URI uri, String body, String address) {
        return HttpRequest.newBuilder(uri).timeout(EACH)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient client, URI uri, String body, String address) throws Exception {
        return client.send(request(uri, body, address), HttpResponse.BodyHandlers.ofString());
    }
}
