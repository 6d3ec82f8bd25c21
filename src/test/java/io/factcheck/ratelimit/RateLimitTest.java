package io.factcheck.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The rate limits as a client meets them: the RateLimit fields on every answer, 429 beyond, separate budgets. */
@QuarkusTest
@TestProfile(TightLimits.class)
class RateLimitTest {

    private static Response read(String address) {
        return given().header("X-Forwarded-For", address).when().get("/api/v1/articles?limit=1");
    }

    private static Response check(String address, String text) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2025-11-29")).when().post("/api/v1/check");
    }

    @Test
    void every_answer_under_budget_says_how_it_stands_and_over_budget_is_429_with_retry_after() {
        TestKeys.sendNoKeyByDefault();
        String address = TightLimits.address();
        for (int i = 1; i <= TightLimits.READ_ANONYMOUS; i++) {
            read(address).then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(TightLimits.READ_ANONYMOUS))
                    .header("RateLimit-Remaining", String.valueOf(TightLimits.READ_ANONYMOUS - i))
                    .header("RateLimit-Policy", TightLimits.READ_ANONYMOUS + ";w=60");
        }
        Response refused = read(address);
        refused.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(429))
                .body("title", equalTo("Too many requests"))
                .body("instance", equalTo("/api/v1/articles"))
                .header("RateLimit-Limit", String.valueOf(TightLimits.READ_ANONYMOUS))
                .header("RateLimit-Remaining", "0");
        // One read per 12 s refills: the wait for the next is at most that, and at least a second.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 12L);
        assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isBetween(1L, 60L);
    }

    @Test
    void classes_and_addresses_have_separate_budgets() {
        TestKeys.sendNoKeyByDefault();
        String address = TightLimits.address();
        for (int i = 0; i < TightLimits.READ_ANONYMOUS; i++) {
            read(address).then().statusCode(200);
        }
        read(address).then().statusCode(429);
        // Reads spent; checks and writes of the same client are not.
        check(address, "Cambodian Prime Minister Hun Sen opened the bridge.").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(TightLimits.CHECK_ANONYMOUS));
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .when().post("/api/v1/articles")
                .then().statusCode(401).header("RateLimit-Limit", String.valueOf(TightLimits.WRITE_ANONYMOUS));
        // Another client behind the same trusted proxy has its own.
        read(TightLimits.address()).then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(TightLimits.READ_ANONYMOUS - 1));
    }

    @Test
    void a_check_is_weighted_by_the_length_of_its_text() {
        TestKeys.sendNoKeyByDefault();
        String address = TightLimits.address();
        String text = "The council met on Tuesday to discuss the ferry. ".repeat(800); // 40,000 characters
        check(address, text).then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(TightLimits.CHECK_ANONYMOUS - 3)); // 3 × 16 KiB
        check(address, "A short one.").then().statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(TightLimits.CHECK_ANONYMOUS - 4));
    }

    @Test
    void a_key_has_its_own_budget_by_role_wherever_it_comes_from() {
        String editor = TestKeys.issue("ratelimit-editor-" + System.nanoTime(), "editor");
        TestKeys.sendNoKeyByDefault();
        for (int i = 1; i <= TightLimits.READ_EDITOR; i++) {
            // A different address each time: the budget is the key's.
            given().header("Authorization", TestKeys.bearer(editor)).header("X-Forwarded-For", TightLimits.address())
                    .when().get("/api/v1/articles?limit=1")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(TightLimits.READ_EDITOR))
                    .header("RateLimit-Remaining", String.valueOf(TightLimits.READ_EDITOR - i));
        }
        given().header("Authorization", TestKeys.bearer(editor)).header("X-Forwarded-For", TightLimits.address())
                .when().get("/api/v1/articles?limit=1").then().statusCode(429);
        // An unknown key is no key: the request is budgeted by its address, as anonymous (and refused: issue #14).
        given().header("Authorization", TestKeys.bearer("ck_not-a-key")).header("X-Forwarded-For", TightLimits.address())
                .when().get("/api/v1/articles?limit=1").then().statusCode(401)
                .header("RateLimit-Limit", String.valueOf(TightLimits.READ_ANONYMOUS));
    }

    @Test
    void answers_outside_the_api_carry_no_limits() {
        TestKeys.sendNoKeyByDefault();
        String address = TightLimits.address();
        for (int i = 0; i < TightLimits.READ_ANONYMOUS + 2; i++) {
            given().header("X-Forwarded-For", address).when().get("/q/health/ready")
                    .then().statusCode(200).header("RateLimit-Limit", (String) null);
        }
    }

    @Test
    void limited_requests_are_counted_per_class() {
        TestKeys.sendNoKeyByDefault();
        double before = counter("claims_requests_limited_total", "write");
        String address = TightLimits.address();
        for (int i = 0; i < TightLimits.WRITE_ANONYMOUS; i++) {
            given().header("X-Forwarded-For", address).when().delete("/api/v1/claims/" + java.util.UUID.randomUUID())
                    .then().statusCode(401);
        }
        given().header("X-Forwarded-For", address).when().delete("/api/v1/claims/" + java.util.UUID.randomUUID())
                .then().statusCode(429);
        assertThat(counter("claims_requests_limited_total", "write")).isEqualTo(before + 1);
    }

    /** A counter's value in the Prometheus scrape (0 when absent). */
    static double counter(String name, String endpointClass) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{class=\"" + endpointClass + "\"[^}]*} (\\S+)$")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    static double gauge(String name, String bound) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{bound=\"" + bound + "\"[^}]*} (\\S+)$").matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
    }
}
