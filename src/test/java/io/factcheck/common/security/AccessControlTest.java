package io.factcheck.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class AccessControlTest {

    private static final String UNAUTHORIZED = "urn:claims-api:problem:unauthorized";

    private static Map<String, Object> article() {
        return Api.article("The bridge opened in 2019.");
    }

    private static ValidatableResponse postArticle(String authorization) {
        var request = given().contentType(ContentType.JSON).body(article());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.when().post("/api/v1/articles").then();
    }

    private static void isUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo(UNAUTHORIZED))
                .body("status", equalTo(401))
                .body("detail", equalTo("This operation needs a valid API key: send Authorization: Bearer <key>"));
    }

    @Test
    void a_write_without_a_key_is_401_with_a_bearer_challenge() {
        TestKeys.sendNoKeyByDefault();
        isUnauthorized(postArticle(null));
    }

    @Test
    void a_wrong_key_answers_exactly_like_no_key() {
        TestKeys.sendNoKeyByDefault();
        isUnauthorized(postArticle(TestKeys.bearer("ck_" + UUID.randomUUID())));
        isUnauthorized(postArticle(TestKeys.bearer(TestKeys.ADMIN + "x")));
        isUnauthorized(postArticle("Basic " + TestKeys.ADMIN));
        isUnauthorized(postArticle("Bearer "));
    }

    @Test
    void reads_and_the_stateless_check_are_public_but_a_wrong_key_is_refused_on_them_too() {
        TestKeys.sendNoKeyByDefault();
        given().when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/api/v1/claims").then().statusCode(200);
        given().when().get("/api/v1/people").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", "The bridge opened.", "publishedAt", "2025-11-29"))
                .when().post("/api/v1/check").then().statusCode(200);
        // A key that is sent is checked: a revoked key must not quietly read as the public (issue #14)
        isUnauthorized(given().header("Authorization", TestKeys.bearer("not-a-key")).when().get("/api/v1/offices").then());
        isUnauthorized(given().header("Authorization", TestKeys.bearer("not-a-key")).contentType(ContentType.JSON)
                .body(Map.of("text", "The bridge opened.", "publishedAt", "2025-11-29")).when().post("/api/v1/check")
                .then());
    }

    @Test
    void an_editor_writes_articles_claims_and_reviews_but_not_the_knowledge_base_or_keys() {
        String editor = TestKeys.bearer(TestKeys.issue("editor-" + UUID.randomUUID(), Roles.EDITOR));
        String articleId = given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Api.article("Hun Sen is the Prime Minister of Cambodia.")).when().post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String claimId = given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "the Prime Minister of Cambodia")))
                .when().post("/api/v1/claims").then().statusCode(201).extract().path("id");
        given().header("Authorization", editor).contentType(ContentType.JSON).body(Api.review("OUTDATED", 0.8))
                .when().post("/api/v1/claims/" + claimId + "/reviews").then().statusCode(201);

        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("name", "Someone " + UUID.randomUUID(), "aliases", java.util.List.of()))
                .when().post("/api/v1/people")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:claims-api:problem:forbidden"))
                .body("detail", equalTo("This API key's role does not allow this operation"));
        given().header("Authorization", editor).when().get("/api/v1/keys").then().statusCode(403);
        given().header("Authorization", editor).contentType(ContentType.JSON)
                .body(Map.of("name", "escalation", "role", Roles.ADMIN))
                .when().post("/api/v1/keys").then().statusCode(403);
    }

    @Test
    void a_review_records_the_name_of_the_key_that_wrote_it() {
        String name = "desk-" + UUID.randomUUID();
        String editor = TestKeys.bearer(TestKeys.issue(name, Roles.EDITOR));
        String claimId = Api.createClaim(Api.createArticle("The bridge opened in 2019."), "in 2019");
        Map<String, Object> review = Api.review("ACCURATE", 0.9);
        review.put("reviewer", "Anna Example");
        given().header("Authorization", editor).contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201)
                .body("reviewer", equalTo("Anna Example"))
                .body("reviewedBy", equalTo(name));
        given().when().get("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(200).body("items[0].reviewedBy", equalTo(name));
    }

    @Test
    void the_bootstrap_admin_key_writes_under_its_variable_name() {
        String claimId = Api.createClaim(Api.createArticle("The bridge opened in 2019."), "in 2019");
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).contentType(ContentType.JSON)
                .body(Api.review("ACCURATE", 0.9))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201).body("reviewedBy", equalTo("CLAIMS_ADMIN_KEY"));
    }
}
