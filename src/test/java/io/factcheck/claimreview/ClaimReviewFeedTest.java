package io.factcheck.claimreview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** GET /claimreviews: every published ClaimReview, newest review first, cursor-paged, public. */
@QuarkusTest
class ClaimReviewFeedTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String BODY = "The mayor of Springfield visited Minsk in January 2022. "
            + "The talks covered trade, fertiliser exports, rice and tractors.";

    /** A fact-check page per claim, so a feed item says which claim it is. */
    private static String page(String claimId) {
        return "https://news.example/fact-checks/" + claimId;
    }

    private static String reviewed(String articleId, String quote) {
        String claimId = Api.createClaim(articleId, quote);
        Map<String, Object> review = Api.review("ACCURATE", 0.8);
        review.put("publishedUrl", page(claimId));
        given().contentType(ContentType.JSON).body(review).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201);
        return claimId;
    }

    private static JsonPath feed(Map<String, Object> query) {
        return given().accept(JSON_LD).queryParams(query).when().get("/api/v1/claimreviews")
                .then().statusCode(200).contentType(JSON_LD).extract().jsonPath();
    }

    @Test
    void the_feed_lists_reviewed_claims_newest_review_first_and_leaves_out_the_unreviewed() {
        String articleId = Api.createPublishedArticle(BODY);
        String first = reviewed(articleId, "visited Minsk");
        String unreviewed = Api.createClaim(articleId, "rice");
        String second = reviewed(articleId, "The mayor of Springfield");
        String third = reviewed(articleId, "tractors");
        Api.addReview(first, "MISLEADING", 0.5); // a new verdict on the oldest makes it the newest

        JsonPath page = feed(Map.of("limit", 4));

        assertThat(page.getString("'@type'")).isEqualTo("DataFeed");
        assertThat(page.getList("'@context'")).containsExactly("https://schema.org", java.util.Collections.singletonMap("next", null));
        assertThat(page.getList("dataFeedElement.item.url")).startsWith(page(first), page(third), page(second))
                .doesNotContain(page(unreviewed));
        assertThat(page.getList("dataFeedElement.'@type'", String.class)).containsOnly("DataFeedItem");
        List<Instant> modified = page.getList("dataFeedElement.dateModified", String.class).stream()
                .map(Instant::parse).toList();
        assertThat(modified).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page.getString("dateModified")).isEqualTo(page.getString("dataFeedElement[0].dateModified"));
        assertThat(page.getString("dataFeedElement[0].item.reviewRating.alternateName")).isEqualTo("Misleading");
        assertThat(page.getMap("dataFeedElement[0].item")).doesNotContainKey("@context");
    }

    @Test
    void pages_follow_their_cursor_without_gaps_or_repeats_to_a_last_page_with_next_null() {
        String articleId = Api.createPublishedArticle(BODY);
        List<String> mine = new ArrayList<>();
        for (String quote : List.of("visited Minsk", "rice", "tractors", "fertiliser exports")) {
            mine.add(0, page(reviewed(articleId, quote))); // newest first
        }
        JsonPath all = feed(Map.of("limit", 200));
        List<String> everything = all.getList("dataFeedElement.item.url");
        assertThat(everything).startsWith(mine.toArray(String[]::new));

        List<String> walked = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = cursor == null ? feed(Map.of("limit", 3)) : feed(Map.of("limit", 3, "cursor", cursor));
            assertThat(page.getList("dataFeedElement")).hasSizeLessThanOrEqualTo(3);
            walked.addAll(page.getList("dataFeedElement.item.url"));
            cursor = page.getString("next");
            assertThat(cursor == null || cursors.add(cursor)).as("a cursor is never served twice").isTrue();
            pages++;
        } while (cursor != null && pages < 200);
        if (everything.size() < 200) {
            assertThat(walked).as("the pages together are the whole feed, in order").isEqualTo(everything);
        } else {
            assertThat(walked).startsWith(everything.toArray(String[]::new));
        }
    }

    @Test
    void a_bad_cursor_or_limit_is_a_400_problem_naming_the_parameter() {
        given().accept(JSON_LD).queryParam("cursor", "not-a-cursor").when().get("/api/v1/claimreviews")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors[0].field", equalTo("cursor"));
        given().accept(JSON_LD).queryParam("limit", "0").when().get("/api/v1/claimreviews")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().accept(JSON_LD).queryParam("limit", "201").when().get("/api/v1/claimreviews")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        given().accept(JSON_LD).queryParam("limit", "ten").when().get("/api/v1/claimreviews")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void the_feed_is_public_negotiates_json_and_answers_304_until_a_review_changes_it() {
        String articleId = Api.createPublishedArticle(BODY);
        reviewed(articleId, "rice");
        String etag = given().accept(JSON_LD)
                .when().get("/api/v1/claimreviews").then().statusCode(200)
                .header("Vary", containsString("Accept")).extract().header("ETag");
        given().accept(ContentType.JSON).when().get("/api/v1/claimreviews")
                .then().statusCode(200).contentType(ContentType.JSON).body("'@type'", equalTo("DataFeed"));
        given().accept("text/html").when().get("/api/v1/claimreviews")
                .then().statusCode(406).contentType("application/problem+json");
        given().accept(JSON_LD).header("If-None-Match", etag).when().get("/api/v1/claimreviews")
                .then().statusCode(304);
        reviewed(articleId, "tractors");
        given().accept(JSON_LD).header("If-None-Match", etag).when().get("/api/v1/claimreviews")
                .then().statusCode(200);
        TestKeys.sendNoKeyByDefault();
        given().accept(JSON_LD).when().get("/api/v1/claimreviews").then().statusCode(200)
                .body("dataFeedElement.item.url", org.hamcrest.Matchers.hasItem(containsString("news.example")));
    }

    @Test
    void a_canonical_claim_is_one_item_however_many_articles_it_appeared_in() {
        String quote = "The mayor of Springfield";
        String earlier = Api.createClaim(Api.createPublishedArticle(BODY), quote);
        String later = Api.createClaim(Api.createPublishedArticle(BODY), quote);
        given().contentType(ContentType.JSON).body(Map.of("targetId", later, "relation", "SAME_CLAIM"))
                .when().post("/api/v1/claims/" + earlier + "/links").then().statusCode(201);
        Map<String, Object> review = Api.review("OUTDATED", 0.9);
        review.put("publishedUrl", page(later));
        given().contentType(ContentType.JSON).body(review).when().post("/api/v1/claims/" + later + "/reviews")
                .then().statusCode(201);

        JsonPath page = feed(Map.of("limit", 10));

        assertThat(page.getList("dataFeedElement.item.url")).containsOnlyOnce(page(later));
        assertThat(page.getList("dataFeedElement[0].item.itemReviewed.appearance")).hasSize(2);
        // the other appearance's own ClaimReview shares the verdict and its page
        given().accept(JSON_LD).when().get("/api/v1/claims/" + earlier).then().statusCode(200)
                .body("url", equalTo(page(later))).body("itemReviewed.appearance", hasSize(2));
        assertThat(UUID.fromString(earlier)).isNotNull();
    }

    @Test
    void an_empty_page_has_no_date_modified_and_next_null() {
        // a cursor older than anything: past the end of the feed
        String pastTheEnd = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("0001-01-01T00:00:00Z|" + new UUID(0, 0)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        given().accept(JSON_LD).queryParam("cursor", pastTheEnd).when().get("/api/v1/claimreviews")
                .then().statusCode(200).body("dataFeedElement", hasSize(0)).body("next", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("dateModified")))
                .body("'@type'", equalTo("DataFeed"))
                .body("'@context'[0]", equalTo("https://schema.org"));
    }
}
