package io.factcheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.factcheck.support.EventStream;
import io.factcheck.support.PackagedService;
import io.restassured.RestAssured;

/**
 * The database goes away for a few seconds while clients read and write: the packaged service answers 503 problem
 * documents (never a 500, never a hang), reports readiness DOWN, and recovers by itself once the database is back;
 * a stream subscriber that stayed connected receives every review that was answered 201, exactly once.
 */
class DatabaseOutageIT {

    private static final String KEY = "outage-it-admin-key-" + System.nanoTime();
    private static final int CLIENTS = 4;
    private static final Duration UNTIL_DOWN = Duration.ofSeconds(15);
    private static final Duration UNTIL_RECOVERED = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgresServer database;
    private static PackagedService service;

    /** One answered request: what a client saw. */
    record Answer(String request, int status, String contentType, boolean retryAfter, Instant at) {
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void an_outage_is_answered_503_and_the_service_recovers_without_a_restart() throws Exception {
        Path dataDirectory = Files.createTempDirectory("claims-outage");
        int databasePort = PackagedService.freePort();
        database = EmbeddedPostgresServer.startForTests(dataDirectory, databasePort);
        service = PackagedService.onDatabase("outage", database, KEY).awaitReady();

        String sentences = "The ferry left at noon. The bridge opened in May. The mayor cut the ribbon. "
                + "The council met twice.";
        String articleId = field(service.post("/api/v1/articles", JSON.writeValueAsString(Map.of(
                "title", "Outage test", "publishedAt", "2025-11-29", "body", sentences))), "id");
        List<String> claimIds = new ArrayList<>();
        for (String exact : List.of("left at noon", "opened in May", "cut the ribbon", "met twice")) {
            claimIds.add(field(service.post("/api/v1/claims", JSON.writeValueAsString(Map.of(
                    "articleId", articleId, "anchor", Map.of("exact", exact)))), "id"));
        }

        RestAssured.port = service.port(); // EventStream reads from RestAssured's port
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId,
                java.util.Map.of("Authorization", "Bearer " + KEY))) {
            List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
            List<String> failures = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> load = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String claimId = claimIds.get(c);
                load.add(clients.submit(() -> {
                    // Each client reads its claim, searches, and reviews its claim (its own, so no 409 races).
                    for (int n = 0; running.get(); n++) {
                        String[] request = switch (n % 3) {
                            case 0 -> new String[] { "GET", "/api/v1/claims/" + claimId, null };
                            case 1 -> new String[] { "GET", "/api/v1/claims?q=ribbon&limit=20", null };
                            default -> new String[] { "POST", "/api/v1/claims/" + claimId + "/reviews",
                                    "{\"verdict\":\"ACCURATE\",\"confidence\":0.9,\"summary\":\"outage " + n + "\"}" };
                        };
                        try {
                            HttpResponse<String> response = service.send(request[0], request[1], Map.of(), request[2]);
                            answers.add(new Answer(request[0] + " " + request[1].replaceAll("\\?.*", ""),
                                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                                    response.headers().firstValue("Retry-After").isPresent(), Instant.now()));
                        } catch (IOException noAnswer) {
                            failures.add(request[0] + " " + request[1] + ": " + noAnswer);
                        }
                    }
                    return null;
                }));
            }

            Thread.sleep(1_000);
            Instant outageStart = Instant.now();
            database.close(); // the outage: the server shuts down (fast mode) with connections in use
            awaitReadiness(false, UNTIL_DOWN);
            Thread.sleep(3_000); // clients keep going against the dead database
            database = EmbeddedPostgresServer.startForTests(dataDirectory, databasePort);
            Instant databaseBack = Instant.now();
            awaitReadiness(true, UNTIL_RECOVERED);
            Instant recovered = Instant.now();
            Thread.sleep(2_000); // and keep going once it is back
            running.set(false);
            for (Future<?> client : load) {
                client.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();

            assertThat(failures).as("every request is answered (none hangs or is dropped)").isEmpty();
            assertThat(answers).as("no 500s, no unexpected statuses")
                    .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503));
            List<Answer> unavailable = answers.stream().filter(answer -> answer.status() == 503).toList();
            assertThat(unavailable).as("the outage was seen by the clients").isNotEmpty();
            assertThat(unavailable).allSatisfy(answer -> {
                assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
                assertThat(answer.retryAfter()).as("Retry-After on " + answer).isTrue();
            });
            assertThat(unavailable.stream().map(Answer::request).map(r -> r.replaceAll("/[0-9a-f-]{36}", "/{id}"))
                    .distinct()).as("reads and the authenticated write all answer 503")
                    .contains("GET /api/v1/claims/{id}", "GET /api/v1/claims", "POST /api/v1/claims/{id}/reviews");
            List<Answer> afterRecovery = answers.stream().filter(answer -> answer.at().isAfter(recovered)).toList();
            assertThat(afterRecovery).as("requests after readiness came back UP").isNotEmpty()
                    .allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201));

            // Every review answered 201 (before, and after the outage) reaches the subscriber, exactly once.
            long created = answers.stream().filter(answer -> answer.status() == 201).count();
            List<String> eventIds = new ArrayList<>();
            while (eventIds.size() < created) {
                EventStream.Event event = stream.next();
                if ("claim.reviewed".equals(event.name())) {
                    eventIds.add(event.id());
                }
            }
            assertThat(eventIds).doesNotHaveDuplicates();
            assertThat(stream.poll(Duration.ofSeconds(2))).as("no event beyond the answered reviews").isNull();
            System.out.printf("DatabaseOutageIT: %d answers (%d × 503); database away for %s, readiness UP %s after "
                    + "its restart; %d reviews delivered%n", answers.size(), unavailable.size(),
                    Duration.between(outageStart, databaseBack), Duration.between(databaseBack, recovered), created);
        }
        assertThat(service.logText()).as("no unexpected failure logged").doesNotContain("Unexpected failure");
    }

    private static void awaitReadiness(boolean up, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (service.ready() != up) {
            assertThat(Instant.now()).as("readiness %s within %s", up ? "UP" : "DOWN", timeout).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static String field(HttpResponse<String> response, String name) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path(name).asText();
    }
}
