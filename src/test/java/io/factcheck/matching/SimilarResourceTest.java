package io.factcheck.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The similar endpoints on the seed corpus, and suggestions stored when an article brings new checker claims. */
@QuarkusTest
class SimilarResourceTest {

    @Test
    void the_prime_minister_of_cambodia_in_2022_finds_the_hun_sen_claims() {
        List<String> texts = given().queryParam("text",
                "The only other leader to visit Myanmar after the coup was the Prime Minister of Cambodia in 2022")
                .queryParam("limit", "5").when().get("/api/v1/claims/similar").then().statusCode(200)
                .body("items.score", everyItem(lessThanOrEqualTo(1.0f)))
                .body("items[0].kind", equalTo("claim"))
                .body("items[0].why", org.hamcrest.Matchers.containsString("same person (Hun Sen)"))
                .extract().path("items.claim.text");
        assertThat(texts).anyMatch(t -> t != null && t.contains("then-Prime Minister Hun Sen"));
    }

    @Test
    void post_answers_like_get_and_bad_input_is_refused() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Myanmar's military seized power in a coup in 2021.",
                "language", "en", "limit", 3)).when().post("/api/v1/claims/similar").then().statusCode(200)
                .body("items.claim.text", hasItem("Myanmar's military seized power in a coup in 2021."));
        given().when().get("/api/v1/claims/similar").then().statusCode(400);
        given().queryParam("text", "x").queryParam("limit", "0").when().get("/api/v1/claims/similar").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "")).when().post("/api/v1/claims/similar").then()
                .statusCode(greaterThanOrEqualTo(400));
        given().when().get("/api/v1/claims/" + java.util.UUID.randomUUID() + "/similar").then().statusCode(404);
    }

    @Test
    void a_claims_similar_leaves_the_claim_out_and_finds_its_other_appearance() {
        String id = given().queryParam("q", "\"seized power in a coup\"").when().get("/api/v1/claims").then()
                .extract().path("items.find { it.origin == 'EDITOR' }.id");
        given().queryParam("limit", "10").when().get("/api/v1/claims/" + id + "/similar").then().statusCode(200)
                .body("items.claim.id", not(hasItem(id)))
                .body("items.claim.text", hasItem("Myanmar's military took control in February 2021."));
    }

    @Test
    void a_new_articles_checker_claims_get_suggestions_and_a_matched_event_and_nothing_is_linked() {
        String earlier = Api.createArticle("The Prime Minister of Cambodia, Hun Sen, flew to Naypyidaw in January 2022.");
        String earlierClaim = given().when().get("/api/v1/articles/" + earlier + "/claims").then()
                .extract().path("items[0].id");
        assertThat(earlierClaim).as("the checker's finding in the first article").isNotNull();
        String articleId;
        try (EventStream stream = EventStream.open("/api/v1/claims/stream")) {
            articleId = Api.createArticle("In January 2022 the Prime Minister of Cambodia, Hun Sen, flew to Naypyidaw.");
            boolean matched = false;
            for (int i = 0; i < 40 && !matched; i++) {
                EventStream.Event e = stream.next();
                matched = e.name().equals("claim.matched") && e.data().contains(articleId);
            }
            assertThat(matched).as("a claim.matched event for the new article").isTrue();
        }
        String claimId = given().when().get("/api/v1/articles/" + articleId + "/claims").then()
                .extract().path("items[0].id");
        String suggestion = given().when().get("/api/v1/claims/" + claimId + "/suggestions").then().statusCode(200)
                .body("items.claim.id", hasItem(earlierClaim))
                .body("items.status", everyItem(equalTo("PENDING")))
                .extract().path("items.find { it.claim != null && it.claim.id == '" + earlierClaim + "' }.id");
        given().when().get("/api/v1/claims/" + claimId).then().body("canonicalClaimId", equalTo(null));

        given().contentType(ContentType.JSON).body(Map.of("targetId", earlierClaim, "relation", "SAME_CLAIM"))
                .when().post("/api/v1/claims/" + claimId + "/links").then().statusCode(201);
        given().when().get("/api/v1/claims/" + claimId + "/suggestions").then()
                .body("items.find { it.id == '" + suggestion + "' }.status", equalTo("CONFIRMED"));
        given().when().post("/api/v1/claims/" + claimId + "/suggestions/" + suggestion + "/reject").then()
                .statusCode(409);
    }
}
