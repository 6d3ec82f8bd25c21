package io.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** CORS for browser frontends; the test profile allows https://newsroom.example.org (CLAIMS_CORS_ORIGINS in production). */
@QuarkusTest
class CorsTest {

    private static final String ALLOWED = "https://newsroom.example.org";

    @Test
    void a_preflight_from_an_allowed_origin_lists_the_methods_and_headers_it_may_use() {
        String claimId = Api.createClaim(Api.createArticle("The harbour reopened in 2020."), "reopened in 2020");
        given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "content-type,if-match")
                .when().options("/api/v1/claims/" + claimId)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Methods", containsString("DELETE"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Headers", containsString("Last-Event-ID"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Credentials", not("true"));
    }

    @Test
    void a_preflight_from_another_origin_is_refused() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/articles")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void an_allowed_origin_can_read_the_etag_and_location_headers() {
        String articleId = Api.createArticle("The harbour reopened in 2020.");
        given().header("Origin", ALLOWED)
                .when().get("/api/v1/articles/" + articleId)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }
}
