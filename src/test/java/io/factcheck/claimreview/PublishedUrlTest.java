package io.factcheck.claimreview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A review's publishedUrl: validated like every other field, kept across re-reviews, and the ClaimReview's url. */
@QuarkusTest
class PublishedUrlTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String BODY = "The mayor of Springfield visited Minsk in January 2022.";

    private static Map<String, Object> review(Object publishedUrl) {
        Map<String, Object> review = Api.review("OUTDATED", 0.9);
        review.put("publishedUrl", publishedUrl);
        return review;
    }

    @Test
    void anything_but_an_absolute_http_url_is_a_422_naming_the_field_and_writes_nothing() {
        String claimId = Api.createClaim(Api.createArticle(BODY), "visited Minsk");
        for (String bad : List.of("news.example/fact-checks/1", "/fact-checks/1", "ftp://news.example/1",
                "javascript:alert(1)", "http://", "https:///fact-checks/1", "https://news.example/a b",
                "https://news.example/\tverdict", "mailto:desk@news.example", "https://[::1/x",
                "https://news.example/" + "x".repeat(2048))) {
            given().contentType(ContentType.JSON).body(review(bad)).when().post("/api/v1/claims/" + claimId + "/reviews")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("publishedUrl"));
        }
        given().contentType(ContentType.JSON).body(review(List.of("https://news.example/1"))).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/claims/" + claimId + "/reviews").then().statusCode(200).body("items", hasSize(0));
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId).then().statusCode(200)
                .body("reviewRating.alternateName", equalTo("Unverified"));
    }

    @Test
    void the_url_is_the_page_and_a_re_review_without_one_keeps_it_until_another_is_given() {
        Map<String, Object> article = Api.article(BODY);
        article.put("url", "https://news.example/2025/mayor-" + java.util.UUID.randomUUID());
        String claimId = Api.createClaim(Api.createArticle(article), "visited Minsk");
        String page = "https://news.example/fact-checks/mayor-minsk?edition=en#verdict";
        given().contentType(ContentType.JSON).body(review(page)).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201).body("publishedUrl", equalTo(page));
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId).then().statusCode(200)
                .body("url", equalTo(page)).header(ClaimReviewWarnings.HEADER, org.hamcrest.Matchers.nullValue());

        given().contentType(ContentType.JSON).body(Api.review("ACCURATE", 0.7))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201).body("publishedUrl", equalTo(page));
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId).then().statusCode(200)
                .body("url", equalTo(page)).body("reviewRating.alternateName", equalTo("Accurate"));

        String moved = "http://NEWS.example:8080/fact-checks/2";
        given().contentType(ContentType.JSON).body(review(moved)).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201);
        given().accept(JSON_LD).when().get("/api/v1/claims/" + claimId).then().statusCode(200).body("url", equalTo(moved));
        given().when().get("/api/v1/claims/" + claimId + "/reviews").then().statusCode(200)
                .body("items.publishedUrl", equalTo(List.of(moved, page, page)));
    }

    @Test
    void a_review_without_any_page_has_no_published_url_in_its_json() {
        String claimId = Api.createClaim(Api.createArticle(BODY), "visited Minsk");
        given().contentType(ContentType.JSON).body(Api.review("ACCURATE", 0.7))
                .when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201).body("$", not(hasKey("publishedUrl")));
    }
}
