package io.factcheck.support;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.factcheck.common.db.EmbeddedPostgresServer;

/**
 * The packaged service (target/quarkus-app) as a child process, the way an operator runs it: for the integration tests
 * that kill it, stop its database or run two of it. Its output goes to target/&lt;name&gt;.log.
 */
public final class PackagedService implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final String adminKey;
    private final Process process;

    private PackagedService(String name, int port, String adminKey, Process process) {
        this.name = name;
        this.port = port;
        this.adminKey = adminKey;
        this.process = process;
    }

    /** Starts the service on its own durable embedded PostgreSQL in dataDirectory (seed corpus off). */
    public static PackagedService onEmbeddedDatabase(String name, Path dataDirectory, String adminKey)
            throws IOException {
        return start(name, freePort(), adminKey, Map.of("CLAIMS_DATA_DIR", dataDirectory.toString(),
                "CLAIMS_SEED_ENABLED", "false"));
    }

    /** Starts the service on a PostgreSQL server this test runs (seed corpus on, as in production). */
    public static PackagedService onDatabase(String name, EmbeddedPostgresServer database, String adminKey)
            throws IOException {
        return onDatabase(name, database, adminKey, Map.of());
    }

    /** As {@link #onDatabase(String, EmbeddedPostgresServer, String)}, with more environment variables. */
    public static PackagedService onDatabase(String name, EmbeddedPostgresServer database, String adminKey,
            Map<String, String> settings) throws IOException {
        Map<String, String> all = new HashMap<>(settings);
        all.put("QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl());
        all.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USERNAME);
        return start(name, freePort(), adminKey, all);
    }

    private static PackagedService start(String name, int port, String adminKey, Map<String, String> settings)
            throws IOException {
        assertThat(JAR).as("the packaged service (run ./mvnw verify, which packages first)").exists();
        ContractValidation.validateEveryResponse(); // these tests are not @QuarkusTests: register it for them here
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toString());
        Map<String, String> environment = new HashMap<>(Map.of(
                "PORT", Integer.toString(port),
                "CLAIMS_ADMIN_KEY", adminKey,
                "CLAIMS_DB_POOL_SIZE", "4"));
        environment.putAll(settings);
        builder.environment().remove("QUARKUS_DATASOURCE_REACTIVE_URL"); // only what this test chose
        builder.environment().putAll(environment);
        Process process = builder.redirectErrorStream(true).redirectOutput(logOf(name).toFile()).start();
        return new PackagedService(name, port, adminKey, process);
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public Path log() {
        return logOf(name);
    }

    public String logText() throws IOException {
        return Files.readString(log());
    }

    private static Path logOf(String name) {
        return Path.of("target", name + ".log");
    }

    /** Waits until readiness is UP; fails at once if the process exits. */
    public PackagedService awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("%s exited; see %s", name, log()).isTrue();
            try {
                if (ready()) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + START_TIMEOUT.toSeconds() + " s; see " + log());
    }

    /** Whether /q/health/ready answers 200 (UP) rather than 503 (DOWN). */
    public boolean ready() throws IOException, InterruptedException {
        return send("GET", "/q/health/ready", Map.of(), null).statusCode() == 200;
    }

    /** A request as a client sends it; a body is JSON, and goes with the admin key. */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        // Every request sends the service's admin key, reads too (as AdminKeyByDefault does in @QuarkusTests): the
        // articles the tests create are drafts
        if (adminKey != null && !adminKey.isBlank()) {
            request.header("Authorization", "Bearer " + adminKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, Map.of(), null);
    }

    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, Map.of(), body);
    }

    /** SIGTERM, and waits for the exit. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .as("%s exits within %s of SIGTERM", name, timeout).isTrue();
        return process.exitValue();
    }

    /** SIGKILL, and waits for the exit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Stops a postmaster a killed service left running in dataDirectory (after a failed run). */
    public static void stopPostmasterOf(Path dataDirectory) throws IOException {
        if (dataDirectory == null || !Files.isReadable(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        if (!lines.isEmpty() && lines.get(0).trim().matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .ifPresent(ProcessHandle::destroy);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
