package io.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabaseTimeoutTest {

    @Test
    void every_connection_carries_the_configured_statement_timeout() {
        given().when().get("/test/database/statement-timeout").then().statusCode(200).body(equalTo("10s"));
    }

    @Test
    void a_statement_past_the_timeout_answers_503_with_retry_after() {
        given().when().get("/test/database/slow")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:claims-api:problem:service-unavailable"))
                .body("detail", equalTo("The database did not answer in time; retry later"));
    }
}
