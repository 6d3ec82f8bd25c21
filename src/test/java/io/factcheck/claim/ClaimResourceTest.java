package io.factcheck.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimResourceTest {

    private static final String BODY = "The minister said the bridge opened in 2019. Critics said the bridge opened late. "
            + "A surveyor 🧭 measured it twice.";

    private static Map<String, Object> claim(String articleId, Map<String, Object> anchor) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("articleId", articleId);
        claim.put("anchor", anchor);
        return claim;
    }

    @Test
    void creates_a_claim_by_offsets_and_fills_in_the_quote_and_context() {
        String articleId = Api.createArticle(BODY);
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", 4, "end", 12)))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/claims/"))
                .body("anchor.exact", equalTo("minister"))
                .body("anchor.prefix", equalTo("The "))
                .body("anchor.suffix", equalTo(BODY.substring(12, 44)))
                .body("text", equalTo("minister"))
                .body("origin", equalTo("EDITOR"))
                .body("status", equalTo("PENDING"))
                .body("verdict", nullValue());
    }

    @Test
    void creates_a_claim_by_quote_and_computes_the_offsets() {
        String articleId = Api.createArticle(BODY);
        int expected = BODY.indexOf("measured it twice");
        given().contentType(ContentType.JSON)
                .body(claim(articleId, Map.of("exact", "measured it twice")))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("anchor.start", equalTo(expected))
                .body("anchor.end", equalTo(expected + "measured it twice".length()))
                .body("anchor.prefix", containsString("🧭"));
    }

    @Test
    void rejects_a_quote_that_is_not_in_the_article() {
        String articleId = Api.createArticle(BODY);
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("exact", "the tunnel opened")))
                .when().post("/api/v1/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("anchor.exact"))
                .body("detail", containsString("not in the article"));
    }

    @Test
    void rejects_an_ambiguous_quote_and_accepts_it_with_context() {
        String articleId = Api.createArticle(BODY);
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("exact", "the bridge opened")))
                .when().post("/api/v1/claims")
                .then().statusCode(422)
                .body("detail", containsString("ambiguous"))
                .body("detail", containsString("2 times"));
        given().contentType(ContentType.JSON)
                .body(claim(articleId, Map.of("exact", "the bridge opened", "prefix", "Critics said ")))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("anchor.start", equalTo(BODY.indexOf("Critics said ") + "Critics said ".length()));
        given().contentType(ContentType.JSON)
                .body(claim(articleId, Map.of("exact", "the bridge opened", "suffix", " in 2019")))
                .when().post("/api/v1/claims")
                .then().statusCode(201).body("anchor.start", equalTo(BODY.indexOf("the bridge opened")));
    }

    @Test
    void rejects_offsets_outside_the_body_or_that_disagree_with_the_quote() {
        String articleId = Api.createArticle(BODY);
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", 10, "end", 10_000)))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("anchor.end"));
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", 5, "end", 3)))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("anchor.end"));
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", -1, "end", 3)))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("anchor.start"));
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", 0, "end", 3, "exact", "Thx")))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("anchor.exact"));
        int emoji = BODY.indexOf("🧭");
        given().contentType(ContentType.JSON).body(claim(articleId, Map.of("start", emoji + 1, "end", emoji + 5)))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("detail", containsString("surrogate"));
    }

    @Test
    void rejects_a_claim_in_an_unknown_article() {
        given().contentType(ContentType.JSON).body(claim(UUID.randomUUID().toString(), Map.of("exact", "x")))
                .when().post("/api/v1/claims")
                .then().statusCode(422).body("errors[0].field", equalTo("articleId"));
    }

    @Test
    void patches_text_and_anchor_and_deletes() {
        String articleId = Api.createArticle(BODY);
        String id = Api.createClaim(articleId, "minister");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The minister dated the opening", "anchor", Map.of("exact", "in 2019"),
                        "claimant", "The minister"))
                .when().patch("/api/v1/claims/" + id)
                .then().statusCode(200)
                .body("text", equalTo("The minister dated the opening"))
                .body("anchor.exact", equalTo("in 2019"))
                .body("claimant", equalTo("The minister"))
                .body("version", equalTo(1));
        given().when().delete("/api/v1/claims/" + id).then().statusCode(204);
        given().when().get("/api/v1/claims/" + id).then().statusCode(404);
        given().when().delete("/api/v1/claims/" + id).then().statusCode(404);
    }

    @Test
    void searches_full_text_with_filters() {
        String marker = "zanzibarian" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        Map<String, Object> article = Api.article("The " + marker + " ferry sank in 1996. The harbour was rebuilt.");
        article.put("publisher", "Search Desk " + marker);
        article.put("publishedAt", "2024-05-01");
        String articleId = Api.createArticle(article);
        String ferry = Api.createClaim(articleId, "The " + marker + " ferry sank in 1996.");
        String harbour = Api.createClaim(articleId, "The harbour was rebuilt.");
        Api.addReview(ferry, "INACCURATE", 0.9);
        Api.addReview(harbour, "ACCURATE", 0.4);

        given().queryParam("q", marker + " ferry").when().get("/api/v1/claims")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(ferry));
        given().queryParam("articleId", articleId).queryParam("verdict", "INACCURATE,OUTDATED")
                .when().get("/api/v1/claims")
                .then().body("items.id", equalTo(List.of(ferry)));
        given().queryParam("articleId", articleId).queryParam("minConfidence", "0.5")
                .when().get("/api/v1/claims")
                .then().body("items.id", equalTo(List.of(ferry)));
        given().queryParam("publisher", "search desk " + marker).queryParam("status", "REVIEWED")
                .when().get("/api/v1/claims")
                .then().body("items", hasSize(2));
        given().queryParam("articleId", articleId).queryParam("since", "2024-05-02")
                .when().get("/api/v1/claims")
                .then().body("items", hasSize(0));
        given().queryParam("articleId", articleId).queryParam("since", "2024-05-01").queryParam("until", "2024-05-01")
                .when().get("/api/v1/claims")
                .then().body("items", hasSize(2));
        given().queryParam("articleId", articleId).queryParam("maxAgeDays", "30")
                .when().get("/api/v1/claims")
                .then().body("items", hasSize(0));
    }

    @Test
    void pages_through_claims_with_a_cursor_newest_first() {
        String articleId = Api.createArticle("one two three four five six seven");
        List<String> created = new ArrayList<>();
        for (String word : List.of("one", "two", "three", "four", "five")) {
            created.add(Api.createClaim(articleId, word));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("articleId", articleId).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/claims").then().statusCode(200)
                    .body("items.size()", greaterThanOrEqualTo(1)).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null);
        assertEqualsReversed(created, seen);
        org.junit.jupiter.api.Assertions.assertEquals(3, pages);
    }

    private static void assertEqualsReversed(List<String> created, List<String> seen) {
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        org.junit.jupiter.api.Assertions.assertEquals(newestFirst, seen);
    }

    @Test
    void lists_an_articles_claims_in_text_order() {
        String articleId = Api.createArticle("alpha beta gamma");
        Api.createClaim(articleId, "gamma");
        Api.createClaim(articleId, "alpha");
        given().when().get("/api/v1/articles/" + articleId + "/claims")
                .then().statusCode(200)
                .body("articleId", equalTo(articleId))
                .body("items.anchor.exact", equalTo(List.of("alpha", "gamma")))
                .body("items.articleId", everyItem(equalTo(articleId)));
        given().when().get("/api/v1/articles/" + UUID.randomUUID() + "/claims")
                .then().statusCode(404).body("type", startsWith("urn:claims-api:problem"));
    }
}
