package io.factcheck.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Builds test data through the public API, as a client would; every test makes its own. */
public final class Api {

    private Api() {
    }

    public static Map<String, Object> article(String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", "Test article " + UUID.randomUUID());
        article.put("publisher", "Test Desk");
        article.put("language", "en");
        article.put("publishedAt", "2025-11-29");
        article.put("body", body);
        return article;
    }

    public static String createArticle(String body) {
        return createArticle(article(body));
    }

    public static String createArticle(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
    }

    /** An article the public may read (new articles are drafts): for tests of what anonymous callers see. */
    public static String createPublishedArticle(String body) {
        Map<String, Object> article = article(body);
        article.put("state", "PUBLISHED");
        return createArticle(article);
    }

    /** POST /articles/{id}/publish or /retract with the article's current ETag; answers the new ETag. */
    public static String transition(String articleId, String action) {
        String etag = given().when().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().header("ETag");
        return given().header("If-Match", etag).when().post("/api/v1/articles/" + articleId + "/" + action)
                .then().statusCode(200).extract().header("ETag");
    }

    public static String createClaim(String articleId, String exact) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", exact)))
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> review(String verdict, double confidence) {
        Map<String, Object> review = new HashMap<>();
        review.put("verdict", verdict);
        review.put("confidence", confidence);
        review.put("summary", "Checked against the public record.");
        review.put("evidence", java.util.List.of(Map.of("url", "https://en.wikipedia.org/wiki/Hun_Sen",
                "title", "Hun Sen")));
        return review;
    }

    public static String addReview(String claimId, String verdict, double confidence) {
        return given().contentType(ContentType.JSON).body(review(verdict, confidence))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201).extract().path("id");
    }
}
