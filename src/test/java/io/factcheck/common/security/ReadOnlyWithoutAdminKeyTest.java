package io.factcheck.common.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Without CLAIMS_ADMIN_KEY the test admin key is just an unknown key: nothing can be written, published work read. */
@QuarkusTest
@TestProfile(ReadOnlyWithoutAdminKeyTest.NoAdminKey.class)
class ReadOnlyWithoutAdminKeyTest {

    public static class NoAdminKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claims.admin-key", "");
        }
    }

    @Test
    void writes_are_401_and_reads_work() {
        given().contentType(ContentType.JSON).body(Api.article("The bridge opened in 2019."))
                .when().post("/api/v1/articles").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("name", "first", "role", "admin"))
                .when().post("/api/v1/keys").then().statusCode(401);
        // An unknown key is refused on reads too (issue #14); without one, reads work
        given().when().get("/api/v1/articles").then().statusCode(401);
        TestKeys.sendNoKeyByDefault();
        given().when().get("/api/v1/articles").then().statusCode(200);
    }
}
