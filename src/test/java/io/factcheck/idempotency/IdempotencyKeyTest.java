package io.factcheck.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyKeyTest {

    private static Response post(String path, String key, Object body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(path).andReturn();
    }

    @Test
    void a_retried_review_answers_the_first_response_and_creates_nothing() {
        String claimId = Api.createClaim(Api.createArticle("The dam was finished in 1936."), "finished in 1936");
        String path = "/api/v1/claims/" + claimId + "/reviews";
        String key = "review-" + UUID.randomUUID();
        Response first = post(path, key, Api.review("ACCURATE", 0.9));
        Response retry = post(path, key, Api.review("ACCURATE", 0.9));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location")).endsWith(path);
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        given().when().get(path).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void a_retried_article_and_claim_are_created_once() {
        Map<String, Object> article = Api.article("Hun Sen is the Prime Minister of Cambodia.");
        String articleKey = "article-" + UUID.randomUUID();
        Response first = post("/api/v1/articles", articleKey, article);
        Response retry = post("/api/v1/articles", articleKey, article);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getMap("")).isEqualTo(first.jsonPath().getMap(""));
        String articleId = first.path("id");

        Map<String, Object> claim = Map.of("articleId", articleId, "anchor", Map.of("exact", "Hun Sen"));
        String claimKey = "claim-" + UUID.randomUUID();
        Response created = post("/api/v1/claims", claimKey, claim);
        Response again = post("/api/v1/claims", claimKey, claim);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Location")).isEqualTo(created.header("Location"));
        assertThat(again.<String> path("id")).isEqualTo(created.path("id"));
        List<Map<String, Object>> claims = given().when().get("/api/v1/articles/" + articleId + "/claims")
                .then().statusCode(200).extract().path("items");
        assertThat(claims).filteredOn(c -> "EDITOR".equals(c.get("origin"))).hasSize(1);
    }

    @Test
    void the_same_key_with_another_body_is_422_and_writes_nothing() {
        String claimId = Api.createClaim(Api.createArticle("The tower is 300 metres tall."), "300 metres tall");
        String path = "/api/v1/claims/" + claimId + "/reviews";
        String key = "review-" + UUID.randomUUID();
        post(path, key, Api.review("ACCURATE", 0.9)).then().statusCode(201);
        post(path, key, Api.review("INACCURATE", 0.9)).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        given().when().get("/api/v1/claims/" + claimId).then().body("verdict", equalTo("ACCURATE"));
        given().when().get(path).then().body("items", hasSize(1));
    }

    @Test
    void keys_belong_to_their_api_key() {
        String claimId = Api.createClaim(Api.createArticle("The river is 400 km long."), "400 km long");
        String path = "/api/v1/claims/" + claimId + "/reviews";
        String key = "shared-" + UUID.randomUUID();
        post(path, key, Api.review("ACCURATE", 0.9)).then().statusCode(201);
        String editor = TestKeys.issue("idempotency-editor-" + UUID.randomUUID(), "editor");
        given().header("Authorization", TestKeys.bearer(editor)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Api.review("ACCURATE", 0.9))
                .when().post(path).then().statusCode(201);
        given().when().get(path).then().body("items", hasSize(2));
    }

    @Test
    void concurrent_duplicates_create_once() throws Exception {
        String claimId = Api.createClaim(Api.createArticle("The lake froze in 1963."), "froze in 1963");
        String path = "/api/v1/claims/" + claimId + "/reviews";
        String key = "race-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(() -> post(path, key, Api.review("MISLEADING", 0.6)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(posts)) {
                Response response = answer.get();
                assertThat(response.statusCode()).as(response.asString()).isIn(201, 409);
                if (response.statusCode() == 201) {
                    ids.add(response.path("id"));
                }
            }
            assertThat(ids).isNotEmpty().allMatch(ids.get(0)::equals);
        } finally {
            pool.shutdownNow();
        }
        given().when().get(path).then().body("items", hasSize(1));
    }

    @Test
    void a_key_expires_after_24_hours() throws Exception {
        String claimId = Api.createClaim(Api.createArticle("The canal opened in 1914."), "opened in 1914");
        String path = "/api/v1/claims/" + claimId + "/reviews";
        String key = "old-" + UUID.randomUUID();
        String first = post(path, key, Api.review("ACCURATE", 0.9)).then().statusCode(201).extract().path("id");
        try (Connection connection = connect(); PreparedStatement age = connection.prepareStatement(
                "update idempotency_key set created_at = now() - interval '25 hours' where key = ?")) {
            age.setString(1, key);
            assertThat(age.executeUpdate()).isEqualTo(1);
        }
        String second = post(path, key, Api.review("INACCURATE", 0.8)).then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first);
        given().when().get(path).then().body("items", hasSize(2));
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }

    @Test
    void a_key_over_200_characters_is_400() {
        String claimId = Api.createClaim(Api.createArticle("The road is 12 km long."), "12 km long");
        post("/api/v1/claims/" + claimId + "/reviews", "k".repeat(201), Api.review("ACCURATE", 0.9))
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/claims/" + claimId + "/reviews").then().body("items", hasSize(0));
    }
}
