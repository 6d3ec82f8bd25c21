package io.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every kind of bad input gets a 4xx problem document that says what is wrong, and writes nothing. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformed_json_is_400() {
        given().contentType(ContentType.JSON).body("{\"title\": \"x\", ")
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed request"))
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("io.factcheck")));
    }

    @Test
    void a_wrong_type_is_400_naming_the_field() {
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b", "publishedAt", 12))
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void an_unknown_enum_value_is_400_listing_the_allowed_ones() {
        String claimId = Api.createClaim(Api.createArticle("Some text to anchor."), "text");
        given().contentType(ContentType.JSON)
                .body(Map.of("verdict", "PANTS_ON_FIRE", "confidence", 0.5, "summary", "s"))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("verdict"))
                .body("errors[0].message", containsString("OUTDATED"));
    }

    @Test
    void missing_fields_are_422_each_named() {
        given().contentType(ContentType.JSON).body(Map.of("publisher", "p"))
                .when().post("/api/v1/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void an_empty_body_is_rejected() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void out_of_range_confidence_is_422_and_writes_no_review() {
        String claimId = Api.createClaim(Api.createArticle("Another text to anchor."), "text");
        given().contentType(ContentType.JSON).body(Map.of("verdict", "ACCURATE", "confidence", 1.5, "summary", "s"))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("confidence"));
        given().when().get("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("verdict", equalTo(null));
    }

    @Test
    void a_wrong_media_type_is_415() {
        given().contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/articles")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String huge = "x".repeat(1_100_000);
        given().contentType(ContentType.JSON).body(Map.of("title", "t", "body", huge))
                .when().post("/api/v1/articles")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void a_request_uri_over_the_limit_is_414_as_a_problem_document() {
        given().queryParam("q", "x".repeat(9_000))
                .when().get("/api/v1/claims")
                .then().statusCode(414).contentType(PROBLEM)
                .body("status", is(414))
                .body("detail", containsString("at most 8192"))
                .body("instance", is("/api/v1/claims"));
    }

    @Test
    void a_long_request_uri_within_the_limit_is_served() {
        given().queryParam("q", "x".repeat(8_000))
                .when().get("/api/v1/claims")
                .then().statusCode(200);
    }

    @Test
    void an_unknown_id_is_404_and_a_malformed_one_too() {
        given().when().get("/api/v1/claims/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("No claim"));
        given().when().get("/api/v1/claims/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void an_unknown_path_and_a_wrong_method_are_problems_too() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        given().when().put("/api/v1/claims").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void bad_query_parameters_are_400_naming_the_parameter() {
        given().queryParam("limit", 0).when().get("/api/v1/claims")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 201).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("verdict", "MAYBE").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("verdict"));
        given().queryParam("cursor", "garbage!").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("since", "29/11/2025").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("since"));
        given().queryParam("minConfidence", "2").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("minConfidence"));
        given().queryParam("articleId", "abc").when().get("/api/v1/claims")
                .then().statusCode(400).body("errors[0].field", equalTo("articleId"));
    }

    @Test
    void a_nul_character_in_a_string_is_400_naming_the_field_not_a_database_error() {
        given().contentType(ContentType.JSON)
                .body("{\"title\":\"t\",\"body\":\"b\",\"author\":\"a\\u0000b\"}")
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("author"))
                .body("errors[0].message", containsString("U+0000"));
        given().contentType(ContentType.JSON).body("{\"name\":\"n\",\"aliases\":[\"\\u0000\"]}")
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void a_cursor_with_a_time_postgres_cannot_hold_is_400() {
        String cursor = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("+1000000000-12-31T23:59:59Z|" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().queryParam("cursor", cursor).when().get("/api/v1/claims")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cursor"));
    }
}
