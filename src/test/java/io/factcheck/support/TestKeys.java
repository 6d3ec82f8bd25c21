package io.factcheck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;

/**
 * The test profile's bootstrap admin key (%test.claims.admin-key). {@link AdminKeyByDefault} makes every request of
 * every test send it, so tests that are not about access control write as before.
 */
public final class TestKeys {

    public static final String ADMIN = "test-admin-key-not-a-secret-0123456789";

    private TestKeys() {
    }

    /** Adds the admin key to a request that has no Authorization header of its own. */
    private static final Filter ADMIN_KEY = (request, response, context) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", bearer(ADMIN));
        }
        return context.next(request, response);
    };

    /** Every request sends the admin key unless the test sets its own Authorization header. */
    static void sendAdminKeyByDefault() {
        if (!RestAssured.filters().contains(ADMIN_KEY)) {
            RestAssured.filters(ADMIN_KEY);
        }
    }

    /** For access-control tests: from now until the end of this test, requests send only the headers they set. */
    public static void sendNoKeyByDefault() {
        List<Filter> others = new ArrayList<>(RestAssured.filters());
        others.remove(ADMIN_KEY);
        RestAssured.replaceFiltersWith(others);
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }

    /** Issues a key with the admin key; answers its secret. */
    public static String issue(String name, String role) {
        return RestAssured.given().header("Authorization", bearer(ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "role", role))
                .when().post("/api/v1/keys")
                .then().statusCode(201).extract().path("key");
    }
}
