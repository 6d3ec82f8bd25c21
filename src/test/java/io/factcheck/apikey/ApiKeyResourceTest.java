package io.factcheck.apikey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ApiKeyResourceTest {

    private static Map<String, Object> keyOf(String id) {
        JsonPath page = given().queryParam("limit", 200).when().get("/api/v1/keys").then().statusCode(200)
                .extract().jsonPath();
        return page.getMap("items.find { it.id == '" + id + "' }");
    }

    private static int postArticle(String key) {
        return given().header("Authorization", TestKeys.bearer(key)).contentType(ContentType.JSON)
                .body(Api.article("The bridge opened in 2019.")).when().post("/api/v1/articles")
                .then().extract().statusCode();
    }

    @Test
    void an_admin_issues_a_key_whose_secret_is_shown_once_and_never_listed() {
        String name = "desk-" + UUID.randomUUID();
        var issued = given().contentType(ContentType.JSON).body(Map.of("name", name, "role", "editor"))
                .when().post("/api/v1/keys")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/keys/"))
                .header("Cache-Control", "no-store")
                .body("name", equalTo(name))
                .body("role", equalTo("editor"))
                .body("key", startsWith("ck_"))
                .extract().jsonPath();
        String secret = issued.getString("key");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(3 + 43); // 32 random bytes, base64url

        Map<String, Object> listed = keyOf(issued.getString("id"));
        assertThat(listed).containsEntry("name", name).containsEntry("role", "editor")
                .containsKey("createdAt").doesNotContainKey("key").doesNotContainKey("keyHash");
        assertThat(listed.get("lastUsedAt")).isNull();
        assertThat(listed.get("revokedAt")).isNull();
        assertThat(given().when().get("/api/v1/keys").asString()).doesNotContain(secret);

        assertThat(postArticle(secret)).isEqualTo(201);
        assertThat(keyOf(issued.getString("id")).get("lastUsedAt")).isNotNull();
    }

    @Test
    void a_revoked_key_stops_working_at_once() {
        JsonPath issued = given().contentType(ContentType.JSON)
                .body(Map.of("name", "revoked-" + UUID.randomUUID(), "role", "admin"))
                .when().post("/api/v1/keys").then().statusCode(201).extract().jsonPath();
        String secret = issued.getString("key");
        String id = issued.getString("id");
        assertThat(postArticle(secret)).isEqualTo(201);
        given().header("Authorization", TestKeys.bearer(secret)).when().delete("/api/v1/keys/" + id)
                .then().statusCode(204); // a key may revoke itself
        assertThat(postArticle(secret)).isEqualTo(401);
        given().header("Authorization", TestKeys.bearer(secret)).when().get("/api/v1/keys").then().statusCode(401)
                .body("detail", equalTo("This operation needs a valid API key: send Authorization: Bearer <key>"));
        assertThat(keyOf(id).get("revokedAt")).isNotNull();
        given().when().delete("/api/v1/keys/" + id).then().statusCode(204);
        given().when().delete("/api/v1/keys/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rejects_an_unknown_role_a_blank_name_and_a_second_active_key_with_the_same_name() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x-" + UUID.randomUUID(), "role", "root"))
                .when().post("/api/v1/keys").then().statusCode(422).body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Map.of("name", " ", "role", "editor"))
                .when().post("/api/v1/keys").then().statusCode(422).body("errors[0].field", equalTo("name"));
        String name = "twice-" + UUID.randomUUID();
        TestKeys.issue(name, "editor");
        given().contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase(), "role", "editor"))
                .when().post("/api/v1/keys").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("name", "CLAIMS_ADMIN_KEY", "role", "editor"))
                .when().post("/api/v1/keys").then().statusCode(409);
    }

    @Test
    void issuing_and_listing_keys_needs_a_key() {
        given().header("Authorization", TestKeys.bearer("ck_unknown")).when().get("/api/v1/keys")
                .then().statusCode(401).body("$", not(hasKey("items")));
        given().header("Authorization", TestKeys.bearer("ck_unknown")).contentType(ContentType.JSON)
                .body(Map.of("name", "n", "role", "editor")).when().post("/api/v1/keys")
                .then().statusCode(401).body("type", notNullValue()).body("errors", nullValue());
    }
}
