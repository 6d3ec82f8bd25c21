package io.factcheck.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.EventStream;
import io.factcheck.support.PackagedService;
import io.restassured.RestAssured;

/**
 * SIGTERM while a review is in flight (its body still arriving) and a stream is open: the service stops taking new
 * requests, finishes the one in flight (its database still up: the embedded PostgreSQL stops last), ends the stream,
 * and exits cleanly; after a restart the review is there.
 */
class GracefulShutdownIT {

    private static final String KEY = "shutdown-it-admin-key-" + System.nanoTime();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path dataDirectory;
    private static PackagedService service;

    @AfterAll
    static void cleanUp() throws Exception {
        if (service != null) {
            service.kill();
        }
        PackagedService.stopPostmasterOf(dataDirectory);
    }

    @Test
    void sigterm_drains_the_request_in_flight_then_stops_the_database() throws Exception {
        dataDirectory = Files.createTempDirectory("claims-shutdown");
        service = PackagedService.onEmbeddedDatabase("shutdown-first", dataDirectory, KEY).awaitReady();
        String articleId = created(service.post("/api/v1/articles", """
                {"title":"Shutdown test","publishedAt":"2025-11-29","body":"The ferry left the harbour at noon."}"""));
        String claimId = created(service.post("/api/v1/claims",
                "{\"articleId\":\"" + articleId + "\",\"anchor\":{\"exact\":\"left the harbour at noon\"}}"));
        String reviews = "/api/v1/claims/" + claimId + "/reviews";
        String summary = "reviewed across a SIGTERM " + System.nanoTime();
        byte[] body = ("{\"verdict\":\"MISLEADING\",\"confidence\":0.7,\"summary\":\"" + summary + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        RestAssured.port = service.port();
        try (EventStream stream = EventStream.open("/api/v1/claims/stream", java.util.Map.of("Authorization", "Bearer " + KEY));
                Socket slowClient = new Socket("localhost", service.port())) {
            // The request line, headers and half the body: the server has accepted the request and waits for the rest.
            OutputStream out = slowClient.getOutputStream();
            out.write(("POST " + reviews + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + KEY + "\r\nContent-Length: " + body.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(500);

            Instant terminated = Instant.now();
            service.process().destroy(); // SIGTERM
            Thread.sleep(1_000);
            assertThat(service.process().isAlive()).as("still draining the request in flight").isTrue();
            assertNewRequestsAreTurnedAway();

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String response = readAll(slowClient.getInputStream());
            assertThat(response).as("the request in flight is answered").startsWith("HTTP/1.1 201").contains(summary);

            assertThat(service.terminate(Duration.ofSeconds(60))).as("exit status after SIGTERM").isIn(0, 143);
            System.out.printf("GracefulShutdownIT: exited %s after SIGTERM%n",
                    Duration.between(terminated, Instant.now()));
            assertThat(stream.ended()).as("open streams are ended, not left to the timeout").isTrue();
        }
        assertThat(service.logText()).contains("stopped in").doesNotContain("Unexpected failure");
        assertThat(dataDirectory.resolve("postmaster.pid")).as("embedded PostgreSQL stopped cleanly").doesNotExist();

        service = PackagedService.onEmbeddedDatabase("shutdown-restarted", dataDirectory, KEY).awaitReady();
        HttpResponse<String> stored = service.get(reviews);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(stored.body()).path("items").findValuesAsText("summary")).containsExactly(summary);
        service.terminate(Duration.ofSeconds(60));
    }

    /**
     * While draining, a new request is still served (Quarkus answers it and closes the connection) or finds the port
     * closed; it does not hang.
     */
    private static void assertNewRequestsAreTurnedAway() throws InterruptedException {
        try {
            HttpResponse<String> response = service.get("/api/v1/articles");
            assertThat(response.statusCode()).as(response.body()).isIn(200, 503);
        } catch (ConnectException closed) {
            // the listener is already closed: just as good
        } catch (IOException e) {
            throw new AssertionError("a new request during shutdown should be refused, not " + e, e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static String created(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("id").asText();
    }
}
