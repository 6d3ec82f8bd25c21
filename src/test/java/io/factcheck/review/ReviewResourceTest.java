package io.factcheck.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ReviewResourceTest {

    @Test
    void a_review_sets_the_claims_verdict_confidence_and_status() {
        String claimId = Api.createClaim(Api.createArticle("Hun Sen is the Prime Minister of Cambodia."),
                "the Prime Minister of Cambodia");
        Map<String, Object> review = Api.review("OUTDATED", 0.85);
        review.put("correction", "the former Prime Minister of Cambodia");
        review.put("reviewer", "desk@example.org");
        given().contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201)
                .body("verdict", equalTo("OUTDATED"))
                .body("confidence", equalTo(0.85f))
                .body("correction", equalTo("the former Prime Minister of Cambodia"))
                .body("evidence[0].url", equalTo("https://en.wikipedia.org/wiki/Hun_Sen"))
                .body("reviewer", equalTo("desk@example.org"));
        given().when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200)
                .body("verdict", equalTo("OUTDATED"))
                .body("confidence", equalTo(0.85f))
                .body("status", equalTo("REVIEWED"))
                .body("reviewedAt", notNullValue())
                .body("version", equalTo(1));
    }

    @Test
    void the_latest_review_wins_and_the_history_is_newest_first() {
        String claimId = Api.createClaim(Api.createArticle("The bridge opened in 2019."), "in 2019");
        String first = Api.addReview(claimId, "UNVERIFIED", 0.3);
        String second = Api.addReview(claimId, "INACCURATE", 0.9);
        given().when().get("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(second, first)))
                .body("next", equalTo(null));
        given().queryParam("limit", 1).when().get("/api/v1/claims/" + claimId + "/reviews")
                .then().body("items", hasSize(1)).body("next", notNullValue());
        given().when().get("/api/v1/claims/" + claimId)
                .then().body("verdict", equalTo("INACCURATE")).body("confidence", equalTo(0.9f));
    }

    @Test
    void reviews_of_an_unknown_claim_are_404() {
        given().when().get("/api/v1/claims/" + UUID.randomUUID() + "/reviews").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Api.review("ACCURATE", 0.5))
                .when().post("/api/v1/claims/" + UUID.randomUUID() + "/reviews")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejects_evidence_without_a_web_url_and_writes_nothing() {
        String claimId = Api.createClaim(Api.createArticle("Water boils at 100 degrees."), "100 degrees");
        Map<String, Object> review = Api.review("ACCURATE", 0.9);
        review.put("evidence", List.of(Map.of("url", "javascript:alert(1)")));
        given().contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(422).body("errors[0].field", equalTo("evidence[0].url"));
        Map<String, Object> blank = Api.review("ACCURATE", 0.9);
        blank.put("summary", "  ");
        given().contentType(ContentType.JSON).body(blank)
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(422).body("errors[0].field", equalTo("summary"));
        given().contentType(ContentType.JSON).body(Map.of("verdict", "ACCURATE", "confidence", "0.9", "summary", "s"))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(400).body("errors[0].field", equalTo("confidence"));
        given().when().get("/api/v1/claims/" + claimId + "/reviews").then().body("items", hasSize(0));
    }
}
