package io.factcheck.claimevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Two instances of the packaged service on different ports, sharing one PostgreSQL: a change made through one reaches
 * a stream subscriber of the other (LISTEN/NOTIFY). Runs after `package`, as a failsafe integration test.
 */
class TwoInstancesIT {

    private static final String KEY = "two-instances-it-admin-key-" + System.nanoTime();
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private static EmbeddedPostgresServer database;
    private static Process first;
    private static Process second;
    private static int firstPort;
    private static int secondPort;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(JAR).as("the packaged service (run ./mvnw verify, which packages first)").exists();
        database = EmbeddedPostgresServer.startForTests(Files.createTempDirectory("claims-two-instances"));
        firstPort = freePort();
        secondPort = freePort();
        first = launch(firstPort, "first"); // the first migrates and loads the knowledge and seeds; then the second
        awaitReady(firstPort, first);
        second = launch(secondPort, "second");
        awaitReady(secondPort, second);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : new Process[] { first, second }) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_review_posted_on_one_instance_reaches_a_subscriber_of_the_other() {
        String articleId = given().port(firstPort).header("Authorization", "Bearer " + KEY)
                .contentType(ContentType.JSON).body(Api.article("The ferry left the harbour at noon."))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String claimId = given().port(firstPort).header("Authorization", "Bearer " + KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "left the harbour at noon")))
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().path("id");

        RestAssured.port = secondPort; // EventStream reads the stream from RestAssured's port
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            given().port(firstPort).header("Authorization", "Bearer " + KEY)
                    .contentType(ContentType.JSON).body(Api.review("INACCURATE", 0.8))
                    .when().post("/api/v1/claims/" + claimId + "/reviews")
                    .then().statusCode(201);

            EventStream.Event event = stream.next();
            assertThat(event.name()).isEqualTo("claim.reviewed");
            assertThat(event.data()).contains(claimId, articleId, "\"verdict\":\"INACCURATE\"");
        }
        given().port(secondPort).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).body("verdict", equalTo("INACCURATE"));
    }

    private static Process launch(int port, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString());
        builder.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl(),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USERNAME,
                "PORT", Integer.toString(port),
                "CLAIMS_ADMIN_KEY", KEY,
                "CLAIMS_DB_POOL_SIZE", "4"));
        Path log = Path.of("target", "two-instances-" + name + ".log");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(int port, Process process) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("instance on port " + port + " exited; see target/two-instances-*.log")
                    .isTrue();
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("instance on port " + port + " not ready within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
