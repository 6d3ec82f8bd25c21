package io.factcheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * publishedAt as CMSs send it: a date, or a date-time with its offset. Stored as sent and answered back the same way
 * (across offsets and daylight-saving changes); the checker's reference date is the local date of publication.
 */
@QuarkusTest
class PublishedAtTest {

    private static String create(String publishedAt) {
        return create(publishedAt, "A short dispatch.");
    }

    private static String create(String publishedAt, String body) {
        Map<String, Object> article = Api.article(body);
        article.put("publisher", "Offset Desk " + UUID.randomUUID());
        article.put("publishedAt", publishedAt);
        return Api.createArticle(article);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-05-10", "2024-05-10T08:30:00Z", "2025-11-29T23:30:00-05:00",
            "2025-03-09T01:59:59-05:00", "2025-03-09T03:00:00-04:00", // New York, around the spring-forward gap
            "2025-11-02T01:30:00-04:00", "2025-11-02T01:30:00-05:00", // the same wall time twice, in the fall
            "2025-03-30T02:30:00+01:00", "2025-10-26T02:30:00+02:00", // Europe's changes
            "2025-06-01T12:00:00+05:45", "2025-01-01T00:00:00+14:00", "2024-12-31T23:59:59-12:00",
            "2024-05-10T08:30:00.125Z" })
    void what_was_sent_is_answered_back_the_same_way(String publishedAt) {
        String id = create(publishedAt);
        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200).body("publishedAt", equalTo(publishedAt));
        String publisher = given().when().get("/api/v1/articles/" + id).path("publisher");
        given().queryParam("publisher", publisher)
                .when().get("/api/v1/articles")
                .then().statusCode(200).body("items[0].publishedAt", equalTo(publishedAt));
    }

    @Test
    void a_utc_offset_written_as_plus_zero_comes_back_as_z_with_seconds() {
        String id = create("2024-05-10T08:30+00:00");
        given().when().get("/api/v1/articles/" + id)
                .then().statusCode(200).body("publishedAt", equalTo("2024-05-10T08:30:00Z"));
    }

    @Test
    void the_checker_judges_at_the_local_date_of_publication() {
        // 23:30 in New York on 29 November is already 30 November in UTC: the text speaks from the 29th.
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The Prime Minister of Cambodia spoke.", "publishedAt", "2025-11-29T23:30:00-05:00"))
                .when().post("/api/v1/check")
                .then().statusCode(200).body("referenceDate", equalTo("2025-11-29"));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "The Prime Minister of Cambodia spoke.", "publishedAt", "2025-11-30T08:00:00+09:00"))
                .when().post("/api/v1/check")
                .then().statusCode(200).body("referenceDate", equalTo("2025-11-30"));
    }

    @Test
    void a_date_bound_compares_local_dates_and_a_date_time_bound_compares_moments() {
        String newYork = create("2025-11-29T23:30:00-05:00"); // 2025-11-30T04:30Z
        String publisher = given().when().get("/api/v1/articles/" + newYork).path("publisher");
        List<Object[]> cases = List.of(
                new Object[] { "since", "2025-11-29", true }, new Object[] { "until", "2025-11-29", true },
                new Object[] { "since", "2025-11-30", false },
                new Object[] { "since", "2025-11-30T04:30:00Z", true }, new Object[] { "since", "2025-11-30T04:31:00Z", false },
                new Object[] { "until", "2025-11-29T23:29:00-05:00", false }, new Object[] { "until", "2025-11-30T05:30:00+01:00", true });
        for (Object[] c : cases) {
            var items = given().queryParam("publisher", publisher).queryParam((String) c[0], c[1])
                    .when().get("/api/v1/articles").then().statusCode(200).extract().<List<String>> path("items.id");
            org.assertj.core.api.Assertions.assertThat(items.contains(newYork)).as(c[0] + "=" + c[1]).isEqualTo(c[2]);
        }
    }

    @Test
    void claim_search_takes_date_time_bounds_too() {
        String id = create("2025-11-29T23:30:00-05:00", "The Prime Minister of Cambodia, Hun Sen, spoke.");
        Api.createClaim(id, "Hun Sen");
        given().queryParam("articleId", id).queryParam("since", "2025-11-30T04:00:00Z")
                .when().get("/api/v1/claims").then().statusCode(200).body("items.articleId", hasItem(id));
        given().queryParam("articleId", id).queryParam("since", "2025-11-30T05:00:00Z")
                .when().get("/api/v1/claims").then().statusCode(200).body("items.articleId", not(hasItem(id)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-05-10T08:30:00", "2024-13-01", "10/05/2024", "2024-05-10T25:00:00Z", "yesterday",
            "+10000-01-01", "-0001-05-10" })
    void a_date_time_without_offset_or_a_non_date_is_a_400_naming_the_field(String publishedAt) {
        Map<String, Object> article = Api.article("Text.");
        article.put("publishedAt", publishedAt);
        given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedAt"));
        given().queryParam("since", publishedAt).when().get("/api/v1/claims")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_number_or_an_object_is_not_a_publication_date() {
        for (Object wrong : List.of(20240510, Map.of(), Map.of("date", "2024-05-10"), List.of("2024-05-10"))) {
            Map<String, Object> article = Api.article("Text.");
            article.put("publishedAt", wrong);
            given().contentType(ContentType.JSON).body(article)
                    .when().post("/api/v1/articles")
                    .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        }
    }
}
