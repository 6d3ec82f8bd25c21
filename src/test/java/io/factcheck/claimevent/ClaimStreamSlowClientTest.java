package io.factcheck.claimevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class ClaimStreamSlowClientTest {

    /** More than the per-stream buffer plus what the kernel's socket buffers on loopback can absorb (~4 MB). */
    private static final int EVENTS = 30_000;

    @Test
    void a_client_that_stops_reading_has_its_stream_ended() throws Exception {
        String articleId = Api.createArticle("The minister said the bridge opened in 2019.");
        String claimId = Api.createClaim(articleId, "the bridge opened in 2019");
        String otherArticleId = Api.createArticle("The minister said the bridge opened in 2019.");
        String markerClaimId = Api.createClaim(otherArticleId, "the bridge opened in 2019");
        // Another article's stream: it gets only the marker, which comes after the whole burst.
        try (Socket slow = new Socket(); EventStream marker = EventStream.open("/api/v1/claims/stream?articleId="
                + otherArticleId)) {
            slow.setReceiveBufferSize(1024); // before connecting, so the advertised window stays small
            slow.setSoTimeout((int) EventStream.WAIT.toMillis());
            slow.connect(new InetSocketAddress("localhost", RestAssured.port));
            slow.getOutputStream().write(("GET /api/v1/claims/stream?articleId=" + articleId + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nAccept: text/event-stream\r\n"
                    + "Authorization: " + TestKeys.bearer(TestKeys.ADMIN) + "\r\n\r\n") // the article is a draft
                    .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            InputStream in = slow.getInputStream();
            // Up to the first keep-alive: from then on the stream is registered; then the client stops reading.
            String head = readUntil(in, ": keep-alive\n\n");
            assertThat(head).startsWith("HTTP/1.1 200");

            insertChangedEvents(claimId, EVENTS);
            insertChangedEvents(markerClaimId, 1);
            assertThat(marker.next().data()).contains(markerClaimId);

            // Only now read the slow stream: the server ended it (cleanly) instead of buffering every event.
            String rest = readToEnd(in);
            assertThat(rest).endsWith("0\r\n\r\n");
            int events = rest.split("\nevent:claim.changed", -1).length - 1;
            assertThat(events).as("events received by the slow client").isGreaterThan(0).isLessThan(EVENTS);
        }
    }

    private static void insertChangedEvents(String claimId, int count) throws Exception {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
                PreparedStatement insert = connection.prepareStatement("""
                        insert into claim_event (claim_id, article_id, type, verdict, confidence, status, version)
                        select id, article_id, 'claim.changed', verdict, confidence, status, version
                        from claim, generate_series(1, ?) where id = ?
                        """)) {
            insert.setInt(1, count);
            insert.setObject(2, UUID.fromString(claimId));
            assertThat(insert.executeUpdate()).isEqualTo(count);
        }
    }

    private static String readUntil(InputStream in, String end) throws Exception {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.UTF_8).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Reads until the server closes the connection (it does after ending an overflowed stream). */
    private static String readToEnd(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
