package io.factcheck.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** CLAIMS_ANONYMOUS_READS=none: every read needs a key, published or not; a reader key reads everything. */
@QuarkusTest
@TestProfile(NoAnonymousReadsTest.NoAnonymousReads.class)
class NoAnonymousReadsTest {

    public static class NoAnonymousReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claims.anonymous-reads", "none");
        }
    }

    @Test
    void every_read_without_a_key_is_401_and_with_one_it_is_answered() {
        String published = Api.createPublishedArticle("The bridge opened in 2019.");
        String reader = TestKeys.issue("none-reader", "reader");
        TestKeys.sendNoKeyByDefault();
        for (String path : new String[] { "/api/v1/articles", "/api/v1/articles/" + published, "/api/v1/claims",
                "/api/v1/articles/" + published + "/gate", "/api/v1/people", "/api/v1/knowledge" }) {
            given().when().get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
            given().header("Authorization", TestKeys.bearer(reader)).when().get(path).then().statusCode(200);
        }
        // The stream too (a 401 problem document, not a stream)
        given().accept("text/event-stream").when().get("/api/v1/claims/stream").then().statusCode(401);
        try (EventStream keyed = EventStream.anonymous("/api/v1/claims/stream",
                Map.of("Authorization", TestKeys.bearer(reader)))) {
            org.assertj.core.api.Assertions.assertThat(keyed.response().statusCode()).isEqualTo(200);
        }
        given().header("Authorization", TestKeys.bearer(reader)).when().get("/api/v1/articles/" + published)
                .then().body("state", equalTo("PUBLISHED"));
    }
}
