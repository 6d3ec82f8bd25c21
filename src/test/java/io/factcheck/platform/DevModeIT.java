package io.factcheck.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.PackagedService;

/**
 * The developer's command, {@code ./mvnw quarkus:dev}, starts the service on the embedded database with the seed
 * corpus, as the README promises. A smoke test: it runs dev mode in its own data directory and port, waits for the
 * seed articles, and stops it. Its output goes to target/devmode.log.
 */
class DevModeIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    @Test
    void dev_mode_serves_the_seed_corpus_from_the_embedded_database() throws Exception {
        int port = PackagedService.freePort();
        Path data = Files.createTempDirectory(Path.of("target"), "devmode-data");
        Path log = Path.of("target/devmode.log");
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        ProcessBuilder builder = new ProcessBuilder(windows ? "mvnw.cmd" : "./mvnw", "-B", "quarkus:dev",
                "-Ddebug=false", "-Dquarkus.console.enabled=false", "-Dquarkus.test.continuous-testing=disabled",
                "-Dquarkus.analytics.disabled=true",
                "-Dquarkus.live-reload.instrumentation=false");
        builder.environment().remove("QUARKUS_DATASOURCE_REACTIVE_URL");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("CLAIMS_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("CLAIMS_ADMIN_KEY", "dev-mode-smoke-test-key-0123456789");
        Process maven = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            JsonNode articles = awaitArticles(port, maven, log);
            assertThat(articles.path("items")).as("the seed corpus' five articles").hasSize(5);
        } finally {
            stop(maven);
            PackagedService.stopPostmasterOf(data);
        }
    }

    private static JsonNode awaitArticles(int port, Process maven, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/articles?limit=10"))
                .timeout(Duration.ofSeconds(30)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(maven.isAlive()).as("dev mode exited; see " + log).isTrue();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode page = new ObjectMapper().readTree(response.body());
                    if (page.path("items").size() >= 5) {
                        return page;
                    }
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("dev mode did not serve the seed corpus within " + START_TIMEOUT + "; see " + log);
    }

    /** SIGTERM to the dev-mode JVM first (it stops its embedded PostgreSQL), then to Maven. */
    private static void stop(Process maven) throws InterruptedException {
        List<ProcessHandle> children = maven.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                child.destroyForcibly();
            }
        }
        maven.destroy();
        if (!maven.waitFor(30, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
        }
    }
}
