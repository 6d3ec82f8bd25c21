package io.factcheck.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Two writers at once: one wins, the other is told so (412 or 409); an update is never silently lost. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final String BODY = "The harbour was rebuilt in 1998 by the city council.";

    @Test
    void two_concurrent_patches_with_the_same_if_match_one_succeeds_and_the_other_is_refused() throws Exception {
        for (int round = 0; round < 5; round++) {
            String claimId = Api.createClaim(Api.createArticle(BODY), "rebuilt in 1998");
            String etag = given().when().get("/api/v1/claims/" + claimId).then().extract().header("ETag");

            List<Response> responses = concurrently(
                    () -> patch(claimId, etag, Map.of("claimant", "The mayor")),
                    () -> patch(claimId, etag, Map.of("claimant", "The council")));

            List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
            assertThat(statuses).as("round %d", round).hasSize(2).first().isEqualTo(200);
            assertThat(statuses.get(1)).as("round %d", round).isIn(409, 412);
            Response loser = responses.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
            assertThat(loser.contentType()).startsWith("application/problem+json");
            String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow()
                    .path("claimant");
            given().when().get("/api/v1/claims/" + claimId).then()
                    .body("claimant", equalTo(winner))
                    .body("version", equalTo(1));
        }
    }

    @Test
    void concurrent_patches_without_if_match_never_lose_an_update() throws Exception {
        for (int round = 0; round < 5; round++) {
            String claimId = Api.createClaim(Api.createArticle(BODY), "rebuilt in 1998");

            List<Response> responses = concurrently(
                    () -> patch(claimId, null, Map.of("claimant", "The mayor")),
                    () -> patch(claimId, null, Map.of("person", "Ana Ruiz")));

            for (Response response : responses) {
                assertThat(response.statusCode()).as("round %d", round).isIn(200, 409);
            }
            Map<String, Object> current = given().when().get("/api/v1/claims/" + claimId).then().extract().jsonPath().getMap("$");
            // every change that was acknowledged is in the stored claim
            if (responses.get(0).statusCode() == 200) {
                assertThat(current).containsEntry("claimant", "The mayor");
            }
            if (responses.get(1).statusCode() == 200) {
                assertThat(current).containsEntry("person", "Ana Ruiz");
            }
            long acknowledged = responses.stream().filter(r -> r.statusCode() == 200).count();
            assertThat(((Number) current.get("version")).longValue()).isEqualTo(acknowledged);
        }
    }

    private static Response patch(String claimId, String ifMatch, Map<String, Object> change) {
        var request = given().contentType(ContentType.JSON).body(change);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/claims/" + claimId).then().extract().response();
    }

    @SafeVarargs
    private static List<Response> concurrently(Callable<Response>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
