package io.factcheck.claimreview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class ClaimReviewResourceTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String BODY = "Hun Sen, the Prime Minister of Cambodia, visited Minsk in January 2022. "
            + "The talks covered trade, fertiliser exports, rice, tractors and the long-delayed railway link.";

    @Test
    void a_reviewed_claim_is_a_schema_org_claim_review_with_every_required_field() {
        Map<String, Object> article = Api.article(BODY);
        String url = "https://example.org/news/" + UUID.randomUUID();
        article.put("url", url);
        article.put("title", "Hun Sen in Minsk");
        article.put("publishedAt", "2025-11-29");
        String articleId = Api.createArticle(article);
        String claimId = given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "the Prime Minister of Cambodia"),
                        "claimant", "The news agency"))
                .when().post("/api/v1/claims").then().statusCode(201).extract().path("id");
        Map<String, Object> review = Api.review("OUTDATED", 0.9);
        review.put("reviewer", "Fact desk");
        given().contentType(ContentType.JSON).body(review).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201);

        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(JSON_LD)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                // no publishedUrl and no template in the test profile: no url (never the API's), and the response says so
                .body("$", not(hasKey("url")))
                .header(ClaimReviewWarnings.HEADER, containsString("without url"))
                .body("claimReviewed", equalTo("the Prime Minister of Cambodia"))
                .body("reviewRating.'@type'", equalTo("Rating"))
                .body("reviewRating.ratingValue", equalTo(3))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.alternateName", equalTo("Outdated"))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.appearance", hasSize(1))
                .body("itemReviewed.appearance[0].'@type'", equalTo("CreativeWork"))
                .body("itemReviewed.appearance[0].url", equalTo(url))
                .body("itemReviewed.appearance[0].headline", equalTo("Hun Sen in Minsk"))
                .body("itemReviewed.appearance[0].datePublished", equalTo("2025-11-29"))
                .body("itemReviewed.firstAppearance.url", equalTo(url))
                .body("itemReviewed.datePublished", equalTo("2025-11-29"))
                .body("itemReviewed.author.'@type'", equalTo("Person"))
                .body("itemReviewed.author.name", equalTo("The news agency"))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("Fact desk"))
                .body("reviewRating.ratingExplanation", equalTo("Checked against the public record."))
                .body("inLanguage", equalTo("en"))
                .body("datePublished", startsWith(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("dateModified", startsWith(LocalDate.now(ZoneOffset.UTC).toString()));
    }

    @Test
    void the_rating_follows_the_verdict_table() {
        String articleId = Api.createArticle(BODY);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("ACCURATE", 5);
        ratings.put("MOSTLY_ACCURATE", 4);
        ratings.put("OUTDATED", 3);
        ratings.put("MISLEADING", 2);
        ratings.put("INACCURATE", 1);
        Map<String, String> names = Map.of("ACCURATE", "Accurate", "MOSTLY_ACCURATE", "Mostly accurate",
                "OUTDATED", "Outdated", "MISLEADING", "Misleading", "INACCURATE", "Inaccurate");
        String claimId = Api.createClaim(articleId, "visited Minsk in January 2022");
        ratings.forEach((verdict, value) -> {
            Api.addReview(claimId, verdict, 0.7);
            given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId)
                    .then().statusCode(200)
                    .body("reviewRating.ratingValue", equalTo(value))
                    .body("reviewRating.alternateName", equalTo(names.get(verdict)));
        });
        Api.addReview(claimId, "UNVERIFIED", 0.2);
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200)
                .body("reviewRating", not(hasKey("ratingValue")))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.alternateName", equalTo("Unverified"));
    }

    @Test
    void claim_reviewed_is_at_most_75_characters_cut_at_a_word() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The talks covered trade, fertiliser exports, rice, tractors and the long-delayed railway link.");
        Api.addReview(claimId, "ACCURATE", 0.9);
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200)
                .body("claimReviewed.length()", lessThanOrEqualTo(75))
                .body("claimReviewed", equalTo("The talks covered trade, fertiliser exports, rice, tractors and the…"));
    }

    @Test
    void an_unreviewed_claim_is_unverified_and_authored_by_the_service() {
        Map<String, Object> article = Api.article(BODY);
        article.put("publisher", "Minsk Herald");
        String articleId = Api.createArticle(article);
        String claimId = Api.createClaim(articleId, "visited Minsk");
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200)
                .body("reviewRating.alternateName", equalTo("Unverified"))
                .body("reviewRating", not(hasKey("ratingValue")))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("Claims API"))
                .body("$", not(hasKey("datePublished")))
                .body("$", not(hasKey("dateModified")))
                .body("reviewRating", not(hasKey("ratingExplanation")))
                // the article has no url: the appearance has none either (never the API's), and the response says so
                .body("itemReviewed.appearance[0]", not(hasKey("url")))
                .header(ClaimReviewWarnings.HEADER, containsString("appearance without url"))
                .body("itemReviewed.author.'@type'", equalTo("Organization"))
                .body("itemReviewed.author.name", equalTo("Minsk Herald"));
    }

    @Test
    void an_articles_claim_reviews_are_one_graph_of_its_reviewed_claims_in_text_order() {
        String articleId = Api.createArticle(BODY);
        String railway = Api.createClaim(articleId, "the long-delayed railway link");
        String premier = Api.createClaim(articleId, "the Prime Minister of Cambodia");
        Api.createClaim(articleId, "rice");
        String orphan = Api.createClaim(articleId, "tractors");
        Api.addReview(railway, "MISLEADING", 0.6);
        Api.addReview(premier, "OUTDATED", 0.9);
        Api.addReview(orphan, "ACCURATE", 0.9);
        given().contentType(ContentType.JSON).body(Api.article(BODY.replace("tractors and ", "")))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200);

        given().accept(JSON_LD).when().get("/api/v1/articles/" + articleId + "/claimreviews")
                .then().statusCode(200).contentType(JSON_LD)
                .body("$", aMapWithSize(2))
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@graph'", hasSize(2))
                .body("'@graph'.claimReviewed", equalTo(List.of("the Prime Minister of Cambodia",
                        "the long-delayed railway link")))
                .body("'@graph'.'@type'", equalTo(List.of("ClaimReview", "ClaimReview")))
                .body("'@graph'[0]", not(hasKey("@context")))
                .body("'@graph'.reviewRating.ratingValue", equalTo(List.of(3, 2)));
    }

    @Test
    void an_article_without_reviewed_claims_has_an_empty_graph_and_an_unknown_one_is_404() {
        String articleId = Api.createArticle(BODY);
        Api.createClaim(articleId, "rice");
        given().when().get("/api/v1/articles/" + articleId + "/claimreviews")
                .then().statusCode(200).contentType(JSON_LD).body("'@graph'", hasSize(0));
        given().accept(JSON_LD).when().get("/api/v1/articles/" + UUID.randomUUID() + "/claimreviews")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void json_or_any_or_no_accept_gets_the_claim_as_json() throws Exception {
        String claimId = Api.createClaim(Api.createArticle(BODY), "rice");
        given().accept(ContentType.JSON).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(claimId));
        given().accept("*/*").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(claimId));
        // rest-assured always sends an Accept header; the JDK client sends none
        HttpResponse<String> noAccept = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/claims/" + claimId))
                .header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).build(), // the claim is a draft's
                HttpResponse.BodyHandlers.ofString());
        assertThat(noAccept.statusCode()).isEqualTo(200);
        assertThat(noAccept.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(noAccept.body()).contains("\"id\":\"" + claimId + "\"");
        given().accept("application/*").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(claimId));
    }

    @Test
    void json_ld_is_served_when_accept_prefers_it() {
        String claimId = Api.createClaim(Api.createArticle(BODY), "rice");
        given().accept("application/ld+json").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(JSON_LD).body("'@type'", equalTo("ClaimReview"))
                .header("Vary", containsString("Accept"));
        given().accept("application/json;q=0.5, application/ld+json").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(JSON_LD).body("'@type'", equalTo("ClaimReview"));
        given().accept("application/ld+json;q=0.4, application/json").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).contentType(ContentType.JSON).body("id", equalTo(claimId));
    }

    @Test
    void a_media_type_not_offered_is_406_as_a_problem_document() {
        String claimId = Api.createClaim(Api.createArticle(BODY), "rice");
        given().accept("text/html").when().get("/api/v1/claims/" + claimId)
                .then().statusCode(406).contentType("application/problem+json")
                .body("status", equalTo(406))
                .header("Cache-Control", equalTo("no-store"));
        given().accept("text/html").when().get("/api/v1/articles/" + UUID.randomUUID() + "/claimreviews")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void an_unknown_claim_is_404_in_json_ld_too() {
        given().accept(JSON_LD).when().get("/api/v1/claims/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", matchesPattern("No claim with id .*"));
    }
}
