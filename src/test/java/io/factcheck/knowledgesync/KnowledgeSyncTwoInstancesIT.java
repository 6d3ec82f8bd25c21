package io.factcheck.knowledgesync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.factcheck.support.PackagedService;

/**
 * Two instances of the packaged service on one PostgreSQL, both with CLAIMS_KNOWLEDGE_SYNC=daily at the same second,
 * against a stand-in Query Service on 127.0.0.1: both timers fire, one sync runs (one run, one set of requests).
 * Runs after `package`, as a failsafe integration test.
 */
class KnowledgeSyncTwoInstancesIT {

    private static final String KEY = "knowledge-sync-it-admin-key-" + System.nanoTime();
    /** Long enough for both instances to start (in parallel) on a slow machine. */
    private static final Duration START_WITHIN = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgresServer database;
    private static SparqlStub stub;
    private static PackagedService first;
    private static PackagedService second;
    private static ZonedDateTime syncAt;

    @BeforeAll
    static void startTwoInstancesScheduledForTheSameSecond() throws Exception {
        database = EmbeddedPostgresServer.startForTests(Files.createTempDirectory("claims-sync-two-instances"));
        int port = PackagedService.freePort();
        stub = SparqlStub.start(port);
        // an answer that takes a while, so that a second sync would overlap the first
        stub.answer(request -> {
            sleep(Duration.ofMillis(500));
            return SparqlStub.Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY));
        });
        syncAt = ZonedDateTime.now(ZoneOffset.UTC).plus(START_WITHIN).withNano(0);
        Map<String, String> settings = Map.of(
                "CLAIMS_KNOWLEDGE_SYNC", "daily",
                "CLAIMS_KNOWLEDGE_SYNC_AT", syncAt.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME),
                "CLAIMS_WIKIDATA_SPARQL_URL", "http://127.0.0.1:" + port + "/sparql",
                "CLAIMS_WIKIDATA_USER_AGENT", "claims-api-it/1.0 (two instances; desk@example.org)",
                "CLAIMS_SEED_ENABLED", "false",
                // started together, the second waits for the first's knowledge load (a row lock) longer than 10 s
                "CLAIMS_DB_STATEMENT_TIMEOUT", "120s");
        first = PackagedService.onDatabase("sync-two-instances-first", database, KEY, settings);
        second = PackagedService.onDatabase("sync-two-instances-second", database, KEY, settings);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> ready(first));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> ready(second));
        CompletableFuture.allOf(a, b).join();
        assertThat(ZonedDateTime.now(ZoneOffset.UTC)).as("both instances ready before the sync time %s", syncAt)
                .isBefore(syncAt);
        // one office with a Wikidata id, so that a sync sends one query
        String office = "{\"title\": \"Prime Minister\", \"jurisdiction\": \"Norrland\", \"wikidataId\": \"Q987654321\"}";
        assertThat(first.post("/api/v1/offices", office).statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedService instance : new PackagedService[] { first, second }) {
            if (instance != null) {
                instance.close();
            }
        }
        if (stub != null) {
            stub.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void both_timers_fire_and_one_sync_runs() throws Exception {
        JsonNode run = null;
        while (ZonedDateTime.now(ZoneOffset.UTC).isBefore(syncAt.plusSeconds(60))) {
            JsonNode runs = JSON.readTree(first.get("/api/v1/knowledge/syncs").body()).get("items");
            if (runs.size() > 0 && runs.get(0).get("state").asText().matches("SUCCEEDED|FAILED")) {
                run = runs.get(0);
                break;
            }
            Thread.sleep(250);
        }
        assertThat(run).as("a scheduled sync ran within a minute of %s", syncAt).isNotNull();
        Thread.sleep(2_000); // time for a second sync to show, were there one

        JsonNode runs = JSON.readTree(second.get("/api/v1/knowledge/syncs").body()).get("items");
        assertThat(runs).hasSize(1);
        assertThat(run.get("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(run.get("trigger").asText()).isEqualTo("SCHEDULED");
        assertThat(run.get("slot").asText()).isEqualTo("daily:" + syncAt.toLocalDate());
        List<SparqlStub.Seen> requests = stub.requests();
        assertThat(requests).as("one sync's query").hasSize(1);
        assertThat(requests.get(0).offices()).as("with the shipped office that has one").contains("Q987654321");
        assertThat(requests.get(0).userAgent()).isEqualTo("claims-api-it/1.0 (two instances; desk@example.org)");
        String logs = first.logText() + second.logText();
        assertThat(logs).contains("Scheduled knowledge sync daily:" + syncAt.toLocalDate() + " started");
        assertThat(logs).contains("Scheduled knowledge sync daily:" + syncAt.toLocalDate() + " not started here");
    }

    private static void ready(PackagedService instance) {
        try {
            instance.awaitReady();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
