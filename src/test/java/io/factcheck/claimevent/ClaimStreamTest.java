package io.factcheck.claimevent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.factcheck.support.EventStream.Event;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ClaimStreamTest {

    private static final String BODY = "The minister said the bridge opened in 2019. Critics said the bridge opened late.";

    @Test
    void a_subscriber_receives_a_claims_events_in_order_and_only_for_its_article() {
        String articleId = Api.createArticle(BODY);
        String otherArticleId = Api.createArticle(BODY);
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.response().headers().firstValue("Cache-Control")).hasValue("no-store");

            // The other article's claim comes first: had the filter let it through, it would be the first event.
            Api.createClaim(otherArticleId, "the bridge opened in 2019");
            String claimId = Api.createClaim(articleId, "the bridge opened in 2019");
            Event created = stream.next();
            assertThat(created.name()).isEqualTo("claim.created");
            JsonPath data = JsonPath.from(created.data());
            assertThat(data.getString("claimId")).isEqualTo(claimId);
            assertThat(data.getString("articleId")).isEqualTo(articleId);
            assertThat(data.getString("status")).isEqualTo("PENDING");
            assertThat(data.getString("verdict")).isNull();
            assertThat(data.getLong("version")).isZero();

            Api.addReview(claimId, "MOSTLY_ACCURATE", 0.8);
            Event reviewed = stream.next();
            assertThat(reviewed.name()).isEqualTo("claim.reviewed");
            assertThat(Long.parseLong(reviewed.id())).isGreaterThan(Long.parseLong(created.id()));
            data = JsonPath.from(reviewed.data());
            assertThat(data.getString("claimId")).isEqualTo(claimId);
            assertThat(data.getString("verdict")).isEqualTo("MOSTLY_ACCURATE");
            assertThat(data.getDouble("confidence")).isEqualTo(0.8);
            assertThat(data.getString("status")).isEqualTo("REVIEWED");
            assertThat(data.getLong("version")).isEqualTo(1);

            given().when().delete("/api/v1/claims/" + claimId).then().statusCode(204);
            Event deleted = stream.next();
            assertThat(deleted.name()).isEqualTo("claim.deleted");
            assertThat(Long.parseLong(deleted.id())).isGreaterThan(Long.parseLong(reviewed.id()));
            data = JsonPath.from(deleted.data());
            assertThat(data.getString("claimId")).isEqualTo(claimId);
            assertThat(data.getString("verdict")).isEqualTo("MOSTLY_ACCURATE");
            assertThat(data.getString("status")).isEqualTo("REVIEWED");
            assertThat(data.getLong("version")).isEqualTo(1);
        }
    }

    @Test
    void patches_revisions_and_article_deletion_send_changed_orphaned_and_deleted_events() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "the bridge opened late");
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            given().contentType(ContentType.JSON).body(Map.of("claimant", "Critics"))
                    .when().patch("/api/v1/claims/" + claimId).then().statusCode(200);
            Event changed = stream.next();
            if (changed.name().equals("claim.created")) {
                // the creation's notification may reach a stream opened just after it (fan-out is asynchronous)
                assertThat(JsonPath.from(changed.data()).getString("claimId")).isEqualTo(claimId);
                changed = stream.next();
            }
            assertThat(changed.name()).isEqualTo("claim.changed");
            assertThat(JsonPath.from(changed.data()).getLong("version")).isEqualTo(1);

            Map<String, Object> revised = Api.article("The minister said the bridge opened in 2019.");
            given().contentType(ContentType.JSON).body(revised)
                    .when().put("/api/v1/articles/" + articleId).then().statusCode(200);
            Event orphaned = stream.next();
            assertThat(orphaned.name()).isEqualTo("claim.orphaned");
            assertThat(JsonPath.from(orphaned.data()).getString("status")).isEqualTo("ORPHANED");

            given().when().delete("/api/v1/articles/" + articleId).then().statusCode(204);
            Event deleted = stream.next();
            assertThat(deleted.name()).isEqualTo("claim.deleted");
            assertThat(JsonPath.from(deleted.data()).getString("claimId")).isEqualTo(claimId);
            assertThat(JsonPath.from(deleted.data()).getString("status")).isEqualTo("ORPHANED");
        }
    }

    @Test
    void the_checkers_findings_are_announced_as_created_claims() {
        try (EventStream stream = EventStream.open("/api/v1/claims/stream")) {
            String articleId = Api.createArticle("The Prime Minister of Cambodia, Hun Sen, visited in 2022.");
            // Unfiltered (the article's id is known only once it exists): skip any late event of an earlier test.
            Event created = stream.next();
            for (int skipped = 0; skipped < 20 && !created.data().contains(articleId); skipped++) {
                created = stream.next();
            }
            assertThat(created.name()).isEqualTo("claim.created");
            JsonPath data = JsonPath.from(created.data());
            assertThat(data.getString("articleId")).isEqualTo(articleId);
            assertThat(data.getString("verdict")).isEqualTo("OUTDATED");
            assertThat(data.getString("status")).isEqualTo("PENDING");
        }
    }

    @Test
    void last_event_id_replays_the_events_missed_while_disconnected() {
        String articleId = Api.createArticle(BODY);
        String claimId;
        String lastSeen;
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            claimId = Api.createClaim(articleId, "the bridge opened in 2019");
            lastSeen = stream.next().id();
        }
        Api.addReview(claimId, "ACCURATE", 0.9);
        given().when().delete("/api/v1/claims/" + claimId).then().statusCode(204);

        try (EventStream resumed = EventStream.open("/api/v1/claims/stream?articleId=" + articleId,
                Map.of("Last-Event-ID", lastSeen))) {
            Event reviewed = resumed.next();
            assertThat(reviewed.name()).isEqualTo("claim.reviewed");
            assertThat(Long.parseLong(reviewed.id())).isGreaterThan(Long.parseLong(lastSeen));
            // Resolved now: the claim is gone, so the event says what was recorded when it was reviewed.
            assertThat(JsonPath.from(reviewed.data()).getString("claimId")).isEqualTo(claimId);
            assertThat(JsonPath.from(reviewed.data()).getLong("version")).isEqualTo(1);
            Event deleted = resumed.next();
            assertThat(deleted.name()).isEqualTo("claim.deleted");
            assertThat(JsonPath.from(deleted.data()).getString("verdict")).isEqualTo("ACCURATE");

            // Live events follow the replay on the same stream.
            String second = Api.createClaim(articleId, "the bridge opened late");
            Event live = resumed.next();
            assertThat(live.name()).isEqualTo("claim.created");
            assertThat(JsonPath.from(live.data()).getString("claimId")).isEqualTo(second);
        }
    }

    @Test
    void sends_keep_alive_comments() {
        try (EventStream stream = EventStream.open("/api/v1/claims/stream")) {
            // The first came on opening; the test profile sends one every second.
            assertThat(stream.nextComment()).isEqualTo("keep-alive");
        }
    }

    @Test
    void rejects_an_article_id_that_is_not_a_uuid() {
        given().accept("text/event-stream").when().get("/api/v1/claims/stream?articleId=nope")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
