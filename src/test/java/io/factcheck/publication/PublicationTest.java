package io.factcheck.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Publication states and their transitions, and what the public sees across them (ETags, the live stream). */
@QuarkusTest
class PublicationTest {

    private static final String BODY = "The bridge opened in 2019. The tunnel opened in 2021.";

    private static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void a_new_article_is_a_draft_unless_created_published_and_never_retracted() {
        given().when().get("/api/v1/articles/" + Api.createArticle(BODY)).then()
                .body("state", equalTo("DRAFT")).body("stateChangedAt", nullValue());
        given().when().get("/api/v1/articles/" + Api.createPublishedArticle(BODY)).then()
                .body("state", equalTo("PUBLISHED")).body("stateChangedAt", notNullValue());
        Map<String, Object> retracted = Api.article(BODY);
        retracted.put("state", "RETRACTED");
        given().contentType(ContentType.JSON).body(retracted).when().post("/api/v1/articles").then().statusCode(422)
                .body("errors[0].field", equalTo("state"));
        Map<String, Object> unknown = Api.article(BODY);
        unknown.put("state", "SECRET");
        given().contentType(ContentType.JSON).body(unknown).when().post("/api/v1/articles").then().statusCode(400);
    }

    @Test
    void publish_and_retract_need_if_match_and_a_state_that_allows_them() {
        String id = Api.createArticle(BODY);
        String path = "/api/v1/articles/" + id;
        given().when().post(path + "/publish").then().statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        given().header("If-Match", "\"" + id + ".v99\"").when().post(path + "/publish").then().statusCode(412);
        given().header("If-Match", etag(path)).when().post(path + "/retract").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Cannot retract a DRAFT article: retract applies to PUBLISHED articles"));

        given().header("If-Match", etag(path)).when().post(path + "/publish").then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("version", equalTo(1)).header("ETag", "\"" + id + ".v1\"");
        given().header("If-Match", etag(path)).when().post(path + "/publish").then().statusCode(409)
                .body("detail", equalTo("Cannot publish a PUBLISHED article: publish applies to DRAFT or RETRACTED articles"));
        given().header("If-Match", etag(path)).when().post(path + "/retract").then().statusCode(200)
                .body("state", equalTo("RETRACTED"));
        // A correction: a retracted article may be published again
        given().header("If-Match", "*").when().post(path + "/publish").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));
        // PUT keeps the state: another one is a conflict that names the way to change it
        Map<String, Object> revision = Api.article(BODY);
        revision.put("state", "DRAFT");
        given().contentType(ContentType.JSON).body(revision).when().put(path).then().statusCode(409)
                .body("detail", containsString("/publish"));
        given().when().post("/api/v1/articles/" + UUID.randomUUID() + "/publish").then().statusCode(428);
        given().header("If-Match", "*").when().post("/api/v1/articles/" + UUID.randomUUID() + "/publish")
                .then().statusCode(404);
    }

    @Test
    void a_reader_key_reads_drafts_and_writes_nothing() {
        String reader = TestKeys.issue("reader-" + UUID.randomUUID(), "reader");
        String draft = Api.createArticle(BODY);
        String claim = Api.createClaim(draft, "The tunnel opened in 2021.");
        TestKeys.sendNoKeyByDefault();
        given().header("Authorization", TestKeys.bearer(reader)).when().get("/api/v1/articles/" + draft + "?include=claims")
                .then().statusCode(200).body("claims[0].id", equalTo(claim))
                .header("Cache-Control", equalTo("private, max-age=0, must-revalidate"));
        given().header("Authorization", TestKeys.bearer(reader)).header("If-Match", "*")
                .when().post("/api/v1/articles/" + draft + "/publish").then().statusCode(403);
        given().header("Authorization", TestKeys.bearer(reader)).contentType(ContentType.JSON).body(Api.article(BODY))
                .when().post("/api/v1/articles").then().statusCode(403);
        given().header("Authorization", TestKeys.bearer(reader)).contentType(ContentType.JSON)
                .body(Api.review("ACCURATE", 0.9)).when().post("/api/v1/claims/" + claim + "/reviews").then().statusCode(403);
        given().header("If-Match", "*").when().post("/api/v1/articles/" + draft + "/publish").then().statusCode(401);
        // The public: 404, exactly as for an id that does not exist
        given().when().get("/api/v1/articles/" + draft).then().statusCode(404)
                .body("detail", equalTo("No article with id " + draft));
    }

    @Test
    void an_anonymous_etag_changes_with_a_publish_and_a_retract_and_never_with_hidden_changes() {
        String id = Api.createPublishedArticle(BODY);
        String claim = Api.createClaim(id, "The bridge opened in 2019.");
        String path = "/api/v1/articles/" + id + "?include=claims";
        TestKeys.sendNoKeyByDefault();
        String seen = etag(path);
        given().header("If-None-Match", seen).when().get(path).then().statusCode(304).body(emptyString())
                .header("Cache-Control", equalTo("public, max-age=0, must-revalidate"));

        // An unreviewed claim is added, a draft is written: the public's representation is the same, so is its tag
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("articleId", id, "anchor", Map.of("exact", "The tunnel opened in 2021.")))
                .when().post("/api/v1/claims").then().statusCode(201);
        given().header("If-None-Match", seen).when().get(path).then().statusCode(304);
        String list = etag("/api/v1/articles?limit=5");
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).contentType(ContentType.JSON)
                .body(Api.article(BODY)).when().post("/api/v1/articles").then().statusCode(201);
        given().header("If-None-Match", list).when().get("/api/v1/articles?limit=5").then().statusCode(304);

        // A review makes the claim public: a new tag
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).contentType(ContentType.JSON)
                .body(Api.review("ACCURATE", 0.9)).when().post("/api/v1/claims/" + claim + "/reviews").then().statusCode(201);
        given().header("If-None-Match", seen).when().get(path).then().statusCode(200);
        String reviewed = etag(path);

        // Retracted: gone for the public, whatever tag it sends (a 304 would confirm it still exists)
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).header("If-Match", "*")
                .when().post("/api/v1/articles/" + id + "/retract").then().statusCode(200);
        given().header("If-None-Match", reviewed).when().get(path).then().statusCode(404);
        given().header("If-None-Match", list).when().get("/api/v1/articles?limit=5").then().statusCode(200);

        // Published again: a new version, so the old tag is stale
        given().header("Authorization", TestKeys.bearer(TestKeys.ADMIN)).header("If-Match", "*")
                .when().post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        given().header("If-None-Match", reviewed).when().get(path).then().statusCode(200);
    }

    @Test
    void the_public_stream_hears_of_a_publish_and_a_retract_but_not_of_drafts() throws InterruptedException {
        String id = Api.createArticle(BODY);
        String claim = Api.createClaim(id, "The bridge opened in 2019.");
        try (EventStream anonymous = EventStream.anonymous("/api/v1/claims/stream?articleId=" + id, Map.of());
                EventStream desk = EventStream.open("/api/v1/claims/stream?articleId=" + id)) {
            Api.addReview(claim, "ACCURATE", 0.9);
            assertThat(desk.next().name()).isEqualTo("claim.reviewed");
            Api.transition(id, "publish");
            assertThat(desk.next().name()).isEqualTo("article.published");
            EventStream.Event published = anonymous.next();
            assertThat(published.name()).isEqualTo("article.published");
            assertThat(published.data()).contains("\"state\":\"PUBLISHED\"", id).doesNotContain("claimId");

            String hidden = Api.createClaim(id, "The tunnel opened in 2021.");
            assertThat(desk.next().data()).contains(hidden);
            Api.transition(id, "retract");
            assertThat(desk.next().name()).isEqualTo("article.retracted");
            // The draft's review and the unreviewed claim never reached the public stream; the retraction did
            EventStream.Event retracted = anonymous.next();
            assertThat(retracted.name()).isEqualTo("article.retracted");
            assertThat(anonymous.poll(Duration.ofMillis(300))).isNull();

            // Replayed from before the publication: the same, for the public
            try (EventStream replay = EventStream.anonymous("/api/v1/claims/stream?articleId=" + id,
                    Map.of("Last-Event-ID", String.valueOf(Long.parseLong(published.id()) - 1)))) {
                assertThat(replay.next().name()).isEqualTo("article.retracted");
                assertThat(replay.poll(Duration.ofMillis(1500))).isNull();
            }
        }
    }
}
