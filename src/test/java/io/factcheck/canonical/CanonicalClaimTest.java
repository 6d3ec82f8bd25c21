package io.factcheck.canonical;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The canonical-claim rules: a review of one appearance on all, unlinking, deleting the first appearance's article. */
@QuarkusTest
class CanonicalClaimTest {

    private static String article(String body, String date) {
        Map<String, Object> article = Api.article(body);
        article.put("publishedAt", date);
        article.put("state", "PUBLISHED"); // their ClaimReview lists every appearance: published stories only
        return Api.createArticle(article);
    }

    private static JsonPath claim(String id) {
        return given().when().get("/api/v1/claims/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath link(String id, String targetId, String relation, int status) {
        return given().contentType(ContentType.JSON).body(Map.of("targetId", targetId, "relation", relation))
                .when().post("/api/v1/claims/" + id + "/links").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void a_review_of_one_appearance_is_every_appearances_verdict_and_says_where_it_came_from() {
        String first = Api.createClaim(article("The dam on the Nile opened in 2019, officials said.", "2020-01-10"),
                "The dam on the Nile opened in 2019");
        String second = Api.createClaim(article("Critics repeat that the dam on the Nile opened in 2019.", "2021-03-01"),
                "the dam on the Nile opened in 2019");
        String third = Api.createClaim(article("As reported, the dam on the Nile opened in 2019.", "2022-05-05"),
                "the dam on the Nile opened in 2019");
        JsonPath links = link(second, first, "SAME_CLAIM", 201);
        String canonical = links.getString("canonicalClaimId");
        assertThat(canonical).isNotNull();
        assertThat(link(third, second, "SAME_CLAIM", 201).getString("canonicalClaimId")).isEqualTo(canonical);
        link(third, first, "SAME_CLAIM", 200); // already linked: nothing changes

        String review = Api.addReview(second, "INACCURATE", 0.85);
        for (String appearance : List.of(first, second, third)) {
            JsonPath c = claim(appearance);
            assertThat(c.getString("verdict")).isEqualTo("INACCURATE");
            assertThat(c.getDouble("confidence")).isEqualTo(0.85);
            assertThat(c.getString("status")).isEqualTo("REVIEWED");
            assertThat(c.getString("canonicalClaimId")).isEqualTo(canonical);
            assertThat(c.getString("verdictSource.reviewId")).isEqualTo(review);
            assertThat(c.getString("verdictSource.claimId")).isEqualTo(second);
        }
        given().when().get("/api/v1/canonical-claims/" + canonical).then().statusCode(200)
                .body("verdict", equalTo("INACCURATE")).body("appearances", hasSize(3))
                .body("firstAppearance.claimId", equalTo(first)).body("reviews", hasSize(1))
                .body("reviews[0].claimId", equalTo(second)).body("statement", equalTo("The dam on the Nile opened in 2019"));
        // The gate of another appearance's article fails on the shared verdict.
        String thirdArticle = claim(third).getString("articleId");
        given().when().get("/api/v1/articles/" + thirdArticle + "/gate").then().statusCode(200)
                .body("passed", equalTo(false)).body("failing[0].claimId", equalTo(third));
        // ClaimReview JSON-LD lists every appearance and the first.
        given().accept("application/ld+json").when().get("/api/v1/claims/" + third).then().statusCode(200)
                .body("itemReviewed.appearance", hasSize(3))
                .body("itemReviewed.firstAppearance.datePublished", equalTo("2020-01-10"))
                .body("reviewRating.alternateName", equalTo("Inaccurate"));
    }

    @Test
    void unlinking_gives_an_appearance_back_its_own_history() {
        String a = Api.createClaim(article("The bridge in Vientiane opened in 2017.", "2018-01-01"),
                "The bridge in Vientiane opened in 2017.");
        String b = Api.createClaim(article("Officials say the bridge in Vientiane opened in 2017.", "2019-01-01"),
                "the bridge in Vientiane opened in 2017");
        Api.addReview(b, "MOSTLY_ACCURATE", 0.6);
        link(a, b, "SAME_CLAIM", 201);
        Api.addReview(a, "ACCURATE", 0.9);
        assertThat(claim(b).getString("verdict")).isEqualTo("ACCURATE");

        given().when().delete("/api/v1/claims/" + b + "/links/" + a).then().statusCode(204);
        JsonPath left = claim(b);
        assertThat(left.getString("verdict")).isEqualTo("MOSTLY_ACCURATE");
        assertThat(left.getDouble("confidence")).isEqualTo(0.6);
        assertThat(left.getString("canonicalClaimId")).isNull();
        assertThat(left.getString("verdictSource")).isNull();
        JsonPath other = claim(a);
        assertThat(other.getString("verdict")).isEqualTo("ACCURATE");
        assertThat(other.getString("canonicalClaimId")).as("one appearance left: no canonical claim").isNull();
        given().when().get("/api/v1/claims/" + b + "/reviews").then().body("items", hasSize(1))
                .body("items[0].verdict", equalTo("MOSTLY_ACCURATE"));
        given().when().delete("/api/v1/claims/" + b + "/links/" + a).then().statusCode(404);
    }

    @Test
    void an_unreviewed_appearance_leaves_pending_again() {
        String a = Api.createClaim(article("The port of Sihanoukville doubled its capacity in 2020.", "2021-01-01"),
                "The port of Sihanoukville doubled its capacity in 2020.");
        String b = Api.createClaim(article("Reportedly the port of Sihanoukville doubled its capacity in 2020.", "2021-06-01"),
                "the port of Sihanoukville doubled its capacity in 2020");
        Api.addReview(a, "OUTDATED", 0.7);
        link(b, a, "SAME_CLAIM", 201);
        assertThat(claim(b).getString("status")).isEqualTo("REVIEWED");
        given().when().delete("/api/v1/claims/" + b + "/links/" + a).then().statusCode(204);
        JsonPath back = claim(b);
        assertThat(back.getString("status")).isEqualTo("PENDING");
        assertThat(back.getString("verdict")).isNull();
    }

    @Test
    void deleting_the_article_of_the_first_appearance_keeps_the_verdict_on_the_others() {
        String firstArticle = article("The canal opened to ships in 2016, the ministry said.", "2016-06-01");
        String first = Api.createClaim(firstArticle, "The canal opened to ships in 2016");
        String second = Api.createClaim(article("Everyone knows the canal opened to ships in 2016.", "2018-06-01"),
                "the canal opened to ships in 2016");
        String third = Api.createClaim(article("Again: the canal opened to ships in 2016.", "2020-06-01"),
                "the canal opened to ships in 2016");
        String review = Api.addReview(first, "MISLEADING", 0.75);
        link(second, first, "SAME_CLAIM", 201);
        String canonical = link(third, first, "SAME_CLAIM", 201).getString("canonicalClaimId");

        given().when().delete("/api/v1/articles/" + firstArticle).then().statusCode(204);
        given().when().get("/api/v1/claims/" + first).then().statusCode(404);
        given().when().get("/api/v1/canonical-claims/" + canonical).then().statusCode(200)
                .body("appearances", hasSize(2)).body("firstAppearance.claimId", equalTo(second))
                .body("verdict", equalTo("MISLEADING")).body("verdictSource.reviewId", equalTo(review))
                .body("verdictSource.claimId", equalTo(second)).body("reviews[0].id", equalTo(review));
        JsonPath c = claim(third);
        assertThat(c.getString("verdict")).isEqualTo("MISLEADING");
        assertThat(c.getString("verdictSource.claimId")).isEqualTo(second);
    }

    @Test
    void related_links_keep_verdicts_apart_and_bad_links_are_refused() {
        String a = Api.createClaim(article("Exports of rubber rose in 2023.", "2024-01-01"), "Exports of rubber rose in 2023.");
        String b = Api.createClaim(article("Exports of rubber fell in 2024.", "2025-01-01"), "Exports of rubber fell in 2024.");
        Api.addReview(a, "ACCURATE", 0.9);
        JsonPath links = link(b, a, "RELATED", 201);
        assertThat(links.getString("items[0].relation")).isEqualTo("RELATED");
        assertThat(links.getString("canonicalClaimId")).isNull();
        assertThat(claim(b).getString("verdict")).isNull();
        given().when().get("/api/v1/claims/" + a + "/links").then().body("items[0].targetId", equalTo(b));
        link(b, b, "SAME_CLAIM", 422);
        given().contentType(ContentType.JSON).body(Map.of("targetId", a, "relation", "TWINS"))
                .when().post("/api/v1/claims/" + b + "/links").then().statusCode(400);
        given().when().get("/api/v1/canonical-claims/" + a).then().statusCode(404).body("status", equalTo(404));
        given().when().delete("/api/v1/claims/" + b + "/links/" + a).then().statusCode(204);
        given().when().get("/api/v1/claims/" + a + "/links").then().body("items", hasSize(0))
                .body("canonicalClaimId", nullValue());
    }

    @Test
    void the_seed_ships_its_repeated_claims_linked() {
        String id = given().queryParam("q", "\"former Cambodian Prime Minister Hun Sen\"").when().get("/api/v1/claims")
                .then().statusCode(200).extract().path("items.find { it.origin == 'EDITOR' }.id");
        String canonical = claim(id).getString("canonicalClaimId");
        assertThat(canonical).isNotNull();
        given().when().get("/api/v1/canonical-claims/" + canonical).then().statusCode(200)
                .body("appearances", hasSize(2)).body("verdict", equalTo("ACCURATE"));
        given().when().get("/api/v1/claims/" + id + "/links").then()
                .body("items.find { it.relation == 'SAME_CLAIM' }", org.hamcrest.Matchers.notNullValue());
    }
}
