package io.factcheck.claimevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.common.db.EmbeddedPostgresServer;
import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.PackagedService;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Two instances of the packaged service on different ports, sharing one PostgreSQL: a change made through one reaches
 * a stream subscriber of the other (LISTEN/NOTIFY). Runs after `package`, as a failsafe integration test.
 */
class TwoInstancesIT {

    private static final String KEY = "two-instances-it-admin-key-" + System.nanoTime();

    private static EmbeddedPostgresServer database;
    private static PackagedService first;
    private static PackagedService second;
    private static int firstPort;
    private static int secondPort;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        database = EmbeddedPostgresServer.startForTests(Files.createTempDirectory("claims-two-instances"));
        // the first migrates and loads the knowledge and seeds; then the second
        first = PackagedService.onDatabase("two-instances-first", database, KEY).awaitReady();
        second = PackagedService.onDatabase("two-instances-second", database, KEY).awaitReady();
        firstPort = first.port();
        secondPort = second.port();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (PackagedService instance : new PackagedService[] { first, second }) {
            if (instance != null) {
                instance.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_review_posted_on_one_instance_reaches_a_subscriber_of_the_other() {
        String articleId = given().port(firstPort).header("Authorization", "Bearer " + KEY)
                .contentType(ContentType.JSON).body(Api.article("The ferry left the harbour at noon."))
                .when().post("/api/v1/articles")
                .then().statusCode(201).extract().path("id");
        String claimId = given().port(firstPort).header("Authorization", "Bearer " + KEY)
                .contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "left the harbour at noon")))
                .when().post("/api/v1/claims")
                .then().statusCode(201).extract().path("id");

        RestAssured.port = secondPort; // EventStream reads the stream from RestAssured's port
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId,
                java.util.Map.of("Authorization", "Bearer " + KEY))) {
            given().port(firstPort).header("Authorization", "Bearer " + KEY)
                    .contentType(ContentType.JSON).body(Api.review("INACCURATE", 0.8))
                    .when().post("/api/v1/claims/" + claimId + "/reviews")
                    .then().statusCode(201);

            EventStream.Event event = stream.next();
            assertThat(event.name()).isEqualTo("claim.reviewed");
            assertThat(event.data()).contains(claimId, articleId, "\"verdict\":\"INACCURATE\"");
        }
        given().port(secondPort).header("Authorization", "Bearer " + KEY).when().get("/api/v1/claims/" + claimId)
                .then().statusCode(200).body("verdict", equalTo("INACCURATE"));
    }
}
