package io.factcheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class ArticleResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creates_an_article_and_serves_it_back() {
        Map<String, Object> article = Api.article("Prime Minister Hun Sen visited Naypyidaw in January 2022.");
        article.put("url", "https://example.org/" + UUID.randomUUID());
        String location = given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("contentHash", equalTo(ArticleService.sha256((String) article.get("body"))))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("title", equalTo(article.get("title")))
                .body("body", equalTo(article.get("body")))
                .body("publishedAt", equalTo("2025-11-29"))
                .body("claims", nullValue());
    }

    @Test
    void embeds_claims_in_text_order_when_asked() {
        String id = Api.createArticle("Alpha beta gamma delta.");
        Api.createClaim(id, "gamma");
        Api.createClaim(id, "Alpha");
        given().queryParam("include", "claims")
                .when().get("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("claims", hasSize(2))
                .body("claims[0].anchor.exact", equalTo("Alpha"))
                .body("claims[1].anchor.start", equalTo(11));
    }

    @Test
    void answers_404_problem_for_an_unknown_article() {
        given().when().get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("type", equalTo("urn:claims-api:problem:not-found"));
    }
}
