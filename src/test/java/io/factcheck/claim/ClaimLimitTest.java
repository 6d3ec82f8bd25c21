package io.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimLimitTest {

    /** %test.claims.limits.claims-per-article */
    private static final int LIMIT = 12;

    @Test
    void refuses_a_claim_beyond_the_per_article_limit_with_422() {
        String body = IntStream.rangeClosed(1, LIMIT + 1).mapToObj(i -> "Word" + i + "x.")
                .collect(Collectors.joining(" "));
        String articleId = Api.createArticle(body);
        for (int i = 1; i <= LIMIT; i++) {
            Api.createClaim(articleId, "Word" + i + "x");
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "Word" + (LIMIT + 1) + "x")))
                .when().post("/api/v1/claims")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("articleId"))
                .body("detail", containsString("at most " + LIMIT));
        given().when().get("/api/v1/articles/" + articleId + "/claims").then().body("items", hasSize(LIMIT));
    }
}
