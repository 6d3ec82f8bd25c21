package io.factcheck.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** ETag on every read, 304 for If-None-Match, 412 for a stale If-Match, and Cache-Control on everything. */
@QuarkusTest
class ConditionalRequestTest {

    private static final String BODY = "The bridge opened in 2019. The tunnel opened in 2021.";
    private static final String PUBLIC = "public, max-age=0, must-revalidate";
    /** Reads with a key (every request of the suite sends the admin key) may show drafts: never in a shared cache. */
    private static final String PRIVATE = "private, max-age=0, must-revalidate";

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void every_read_carries_an_etag_and_is_public_but_revalidated() {
        String articleId = Api.createPublishedArticle(BODY);
        String claimId = Api.createClaim(articleId, "The bridge opened in 2019.");
        Api.addReview(claimId, "ACCURATE", 0.9);
        List<String> reads = List.of("/api/v1/articles/" + articleId, "/api/v1/articles/" + articleId + "?include=claims",
                "/api/v1/articles/" + articleId + "/claims", "/api/v1/articles?limit=5", "/api/v1/claims/" + claimId,
                "/api/v1/claims?articleId=" + articleId, "/api/v1/claims/" + claimId + "/reviews",
                "/api/v1/articles/" + articleId + "/gate", "/api/v1/articles/" + articleId + "/claimreviews");
        // With a key (every request of the suite sends the admin key), then as the public
        for (String cacheControl : List.of(PRIVATE, PUBLIC)) {
            for (String path : reads) {
                given().when().get(path).then().statusCode(200)
                        .header("ETag", matchesPattern("(W/)?\"[^\"]+\""))
                        .header("Cache-Control", equalTo(cacheControl));
            }
            TestKeys.sendNoKeyByDefault();
        }
    }

    @Test
    void a_single_resource_has_a_strong_etag_from_its_id_and_version() {
        String articleId = Api.createArticle(BODY);
        given().when().get("/api/v1/articles/" + articleId).then()
                .header("ETag", equalTo("\"" + articleId + ".v0\""));
        given().contentType(ContentType.JSON).body(Api.article(BODY + " Revised."))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200)
                .header("ETag", equalTo("\"" + articleId + ".v1\""));
    }

    @Test
    void if_none_match_with_the_current_etag_is_304_without_a_body() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        for (String path : List.of("/api/v1/articles/" + articleId, "/api/v1/claims/" + claimId,
                "/api/v1/articles/" + articleId + "/claims", "/api/v1/claims?articleId=" + articleId,
                "/api/v1/claims/" + claimId + "/reviews", "/api/v1/articles/" + articleId + "/gate")) {
            String etag = etag(path);
            given().header("If-None-Match", etag).when().get(path)
                    .then().statusCode(304)
                    .header("ETag", equalTo(etag))
                    .header("Cache-Control", equalTo(PRIVATE))
                    .body(emptyString());
            given().header("If-None-Match", "\"something-else\", " + etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void a_change_changes_the_etags_so_an_old_one_gets_the_full_answer() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        String claim = etag("/api/v1/claims/" + claimId);
        String claims = etag("/api/v1/articles/" + articleId + "/claims");
        String embedded = etag("/api/v1/articles/" + articleId + "?include=claims");
        String gate = etag("/api/v1/articles/" + articleId + "/gate");

        Api.addReview(claimId, "INACCURATE", 0.9);

        given().header("If-None-Match", claim).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).header("ETag", not(equalTo(claim))).body("verdict", equalTo("INACCURATE"));
        given().header("If-None-Match", claims).when().get("/api/v1/articles/" + articleId + "/claims")
                .then().statusCode(200);
        given().header("If-None-Match", embedded).when().get("/api/v1/articles/" + articleId + "?include=claims")
                .then().statusCode(200);
        given().header("If-None-Match", gate).when().get("/api/v1/articles/" + articleId + "/gate")
                .then().statusCode(200).body("passed", equalTo(false));
    }

    @Test
    void a_list_etag_covers_the_next_cursor() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        Api.addReview(claimId, "ACCURATE", 0.5);
        String onePage = etag("/api/v1/claims/" + claimId + "/reviews?limit=1");
        Api.addReview(claimId, "ACCURATE", 0.6);
        given().header("If-None-Match", onePage).when().get("/api/v1/claims/" + claimId + "/reviews?limit=1")
                .then().statusCode(200).body("next", notNullValue());
    }

    @Test
    void the_json_and_json_ld_variants_of_a_claim_have_different_etags() {
        String claimId = Api.createClaim(Api.createArticle(BODY), "The tunnel opened in 2021.");
        String json = etag("/api/v1/claims/" + claimId);
        String jsonLd = given().accept("application/ld+json").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).header("Vary", containsString("Accept")).extract().header("ETag");
        given().accept("application/ld+json").header("If-None-Match", json).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200);
        given().accept("application/ld+json").header("If-None-Match", jsonLd).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(304);
    }

    @Test
    void a_stale_if_match_is_412_and_writes_nothing() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        String articleTag = etag("/api/v1/articles/" + articleId);
        String claimTag = etag("/api/v1/claims/" + claimId);
        given().contentType(ContentType.JSON).body(Map.of("claimant", "The mayor"))
                .when().patch("/api/v1/claims/" + claimId).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Api.article(BODY + " Update."))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200);
        String current = etag("/api/v1/claims/" + claimId);

        given().contentType(ContentType.JSON).header("If-Match", claimTag).body(Map.of("claimant", "Someone else"))
                .when().patch("/api/v1/claims/" + claimId)
                .then().statusCode(412).contentType("application/problem+json")
                .header("Cache-Control", equalTo("no-store"))
                .body("title", equalTo("Precondition failed"))
                .body("detail", containsString("current ETag is " + current));
        given().header("If-Match", claimTag).when().delete("/api/v1/claims/" + claimId).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", articleTag).body(Api.article("Overwritten."))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(412);
        given().header("If-Match", articleTag).when().delete("/api/v1/articles/" + articleId).then().statusCode(412);

        given().when().get("/api/v1/claims/" + claimId).then().statusCode(200).body("claimant", equalTo("The mayor"));
        given().when().get("/api/v1/articles/" + articleId).then().statusCode(200)
                .body("body", equalTo(BODY + " Update."));
    }

    @Test
    void a_fresh_if_match_succeeds_and_answers_with_the_next_etag() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        String claimTag = etag("/api/v1/claims/" + claimId);
        String next = given().contentType(ContentType.JSON).header("If-Match", claimTag).body(Map.of("claimant", "The mayor"))
                .when().patch("/api/v1/claims/" + claimId)
                .then().statusCode(200).header("ETag", not(equalTo(claimTag)))
                .header("Cache-Control", equalTo("no-store"))
                .extract().header("ETag");
        assertThat(etag("/api/v1/claims/" + claimId)).isEqualTo(next);
        given().header("If-Match", next).when().delete("/api/v1/claims/" + claimId).then().statusCode(204);

        String articleTag = etag("/api/v1/articles/" + articleId);
        String revised = given().contentType(ContentType.JSON).header("If-Match", articleTag).body(Api.article(BODY + " Update."))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", "\"other\", " + revised).body(Api.article(BODY))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200);
        given().header("If-Match", "*").when().delete("/api/v1/articles/" + articleId).then().statusCode(204);
        given().header("If-Match", "*").when().delete("/api/v1/articles/" + articleId).then().statusCode(404);
    }

    @Test
    void weak_or_foreign_etags_never_satisfy_if_match_and_malformed_ones_are_400() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The tunnel opened in 2021.");
        String claimTag = etag("/api/v1/claims/" + claimId);
        given().contentType(ContentType.JSON).header("If-Match", "W/" + claimTag).body(Map.of("claimant", "x"))
                .when().patch("/api/v1/claims/" + claimId).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/articles/" + articleId))
                .body(Map.of("claimant", "x"))
                .when().patch("/api/v1/claims/" + claimId).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", claimTag.replace("\"", ""))
                .body(Map.of("claimant", "x"))
                .when().patch("/api/v1/claims/" + claimId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().when().get("/api/v1/claims/" + claimId).then().header("ETag", equalTo(claimTag));
    }

    @Test
    void writes_and_errors_are_never_stored() {
        String articleId = Api.createArticle(BODY);
        given().contentType(ContentType.JSON).body(Api.article(BODY)).when().post("/api/v1/articles")
                .then().statusCode(201).header("Cache-Control", equalTo("no-store")).header("ETag", notNullValue());
        given().when().get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404).header("Cache-Control", equalTo("no-store")).header("ETag", (String) null);
        given().queryParam("limit", 0).when().get("/api/v1/articles")
                .then().statusCode(400).header("Cache-Control", equalTo("no-store"));
        given().when().delete("/api/v1/articles/" + articleId)
                .then().statusCode(204).header("Cache-Control", equalTo("no-store"));
    }
}
