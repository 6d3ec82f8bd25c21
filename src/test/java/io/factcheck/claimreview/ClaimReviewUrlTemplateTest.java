package io.factcheck.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With CLAIMS_FACTCHECK_URL_TEMPLATE set, a review without a publishedUrl gets its page from the template. */
@QuarkusTest
@TestProfile(FactCheckUrlTemplateProfile.class)
class ClaimReviewUrlTemplateTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String BODY = "The mayor of Springfield visited Minsk in January 2022.";

    @Test
    void the_template_names_the_page_of_a_review_without_one_and_a_published_url_still_wins() {
        Map<String, Object> article = Api.article(BODY);
        article.put("url", "https://news.example/2025/mayor-" + java.util.UUID.randomUUID());
        String articleId = Api.createArticle(article);
        String templated = Api.createClaim(articleId, "visited Minsk");
        Api.addReview(templated, "ACCURATE", 0.9);
        String given = Api.createClaim(articleId, "The mayor of Springfield");
        Map<String, Object> review = Api.review("OUTDATED", 0.9);
        review.put("publishedUrl", "https://news.example/special/mayor");
        given().contentType(ContentType.JSON).body(review).when().post("/api/v1/claims/" + given + "/reviews")
                .then().statusCode(201);

        given().accept(JSON_LD).when().get("/api/v1/claims/" + templated).then().statusCode(200)
                .body("url", equalTo("https://news.example/fact-checks/" + templated))
                .header(ClaimReviewWarnings.HEADER, nullValue());
        given().accept(JSON_LD).when().get("/api/v1/claims/" + given).then().statusCode(200)
                .body("url", equalTo("https://news.example/special/mayor"));
        given().accept(JSON_LD).when().get("/api/v1/articles/" + articleId + "/claimreviews").then().statusCode(200)
                .body("'@graph'.url", equalTo(java.util.List.of("https://news.example/special/mayor",
                        "https://news.example/fact-checks/" + templated)))
                .header(ClaimReviewWarnings.HEADER, nullValue());
    }
}
