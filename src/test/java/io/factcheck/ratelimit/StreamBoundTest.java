package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.factcheck.support.EventStream;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** Open event streams are bounded per caller: beyond the bound, 503 with Retry-After at once, nothing opened. */
@QuarkusTest
@TestProfile(TightLimits.class)
class StreamBoundTest {

    private static HttpResponse<String> refused(String address) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // A refused stream is a complete answer: this returns (a stream that opened would not).
        return client.sendAsync(streamRequest(address), HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS);
    }

    private static HttpRequest streamRequest(String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/claims/stream"))
                .header("Accept", "text/event-stream").header("X-Forwarded-For", address).GET().build();
    }

    @Test
    void a_caller_gets_its_bound_of_streams_and_a_503_beyond_it() throws Exception {
        TestKeys.sendNoKeyByDefault();
        String address = TightLimits.address();
        Map<String, String> from = Map.of("X-Forwarded-For", address);
        double shedBefore = RateLimitTest.counter("claims_requests_shed_total", "streams");
        EventStream first = EventStream.anonymous("/api/v1/claims/stream", from);
        try (EventStream second = EventStream.anonymous("/api/v1/claims/stream", from)) {
            HttpResponse<String> third = refused(address);
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(third.headers().firstValue("Retry-After")).contains("5");
            assertThat(third.body()).contains("at most " + TightLimits.STREAMS_PER_CALLER);
            assertThat(RateLimitTest.counter("claims_requests_shed_total", "streams")).isEqualTo(shedBefore + 1);

            // Another caller is not affected.
            try (EventStream other = EventStream.anonymous("/api/v1/claims/stream",
                    Map.of("X-Forwarded-For", TightLimits.address()))) {
                assertThat(other.response().statusCode()).isEqualTo(200);
            }

            // A stream that ends gives its place back (once the server has seen its connection close).
            first.close();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int status = 503;
            while (status == 503 && System.nanoTime() < until) {
                CompletableFuture<Integer> opened = new CompletableFuture<>();
                CompletableFuture<HttpResponse<Void>> response = HttpClient.newHttpClient().sendAsync(
                        streamRequest(address), info -> {
                            opened.complete(info.statusCode());
                            return HttpResponse.BodySubscribers.discarding();
                        });
                status = opened.get(10, TimeUnit.SECONDS);
                response.cancel(true);
                if (status == 503) {
                    Thread.sleep(100);
                }
            }
            assertThat(status).isEqualTo(200);
        } finally {
            first.close();
        }
    }
}
