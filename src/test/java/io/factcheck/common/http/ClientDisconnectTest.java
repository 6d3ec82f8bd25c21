package io.factcheck.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * A client that sends a write and hangs up at once (a CI job killed, a browser tab closed) does not cancel the write:
 * it runs to its commit, whole, and nothing is logged as an error.
 */
@QuarkusTest
class ClientDisconnectTest {

    private static final int WRITES = 20;

    @Test
    void a_write_whose_client_hangs_up_still_commits_whole_without_errors() throws Exception {
        // One claim per write, so that no two writes race for the same claim's version.
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            claims.add(Api.createClaim(Api.createArticle("Hun Sen is the Prime Minister of Cambodia."),
                    "the Prime Minister of Cambodia"));
        }
        String body = new ObjectMapper().writeValueAsString(Api.review("OUTDATED", 0.85));

        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (String claimId : claims) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("localhost", RestAssured.port));
                    socket.setSoLinger(true, 0); // close with a reset: the server sees the hang-up at once
                    OutputStream out = socket.getOutputStream();
                    out.write(request(claimId, body));
                    out.flush();
                }
            }
            // Every write committed, each one whole: its review and the claim it updated.
            long deadline = System.nanoTime() + 10_000_000_000L;
            for (String claimId : claims) {
                int version = versionOf(claimId);
                while (version == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    version = versionOf(claimId);
                }
                assertThat(version).as("version of claim %s after its review's client hung up", claimId)
                        .isEqualTo(1);
                given().when().get("/api/v1/claims/" + claimId).then()
                        .body("verdict", equalTo("OUTDATED"))
                        .body("status", equalTo("REVIEWED"));
                given().when().get("/api/v1/claims/" + claimId + "/reviews").then()
                        .body("items.size()", equalTo(1));
            }
            Thread.sleep(200); // a late rollback would log after the commits
            assertThat(errors).extracting(r -> r.getLoggerName() + ": " + r.getMessage()).isEmpty();
        } finally {
            root.removeHandler(capture);
        }
    }

    private static byte[] request(String claimId, String body) {
        return ("POST /api/v1/claims/" + claimId + "/reviews HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + TestKeys.bearer(TestKeys.ADMIN) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int versionOf(String claimId) {
        return given().when().get("/api/v1/claims/" + claimId).then().statusCode(200).extract().path("version");
    }
}
