package io.factcheck.factcheck;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** POST /factchecks/import: every accepted shape, deduplication by URL, and malformed imports refused whole. */
@QuarkusTest
class FactCheckImportTest {

    private static String fixture(String name) throws IOException {
        try (InputStream in = FactCheckImportTest.class.getResourceAsStream("/factcheck/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/factchecks/import").then();
    }

    @Test
    void one_claimreview_is_imported_with_its_rating_on_the_zero_to_one_scale_and_reimporting_replaces_it()
            throws IOException {
        String body = fixture("claimreview-one.json");
        post(body).statusCode(200).body("received", equalTo(1))
                .body("items[0].url", equalTo("https://factcheck.example.org/2024/zamboni-canal-opened"))
                .body("items[0].publisher", equalTo("Example Facts"))
                .body("items[0].claimant", equalTo("A Minister"))
                .body("items[0].claimDate", equalTo("2024-02-27"))
                .body("items[0].reviewDate", equalTo("2024-03-02"))
                .body("items[0].ratingText", equalTo("Mostly false"))
                .body("items[0].rating", equalTo(0.25f))
                .body("items[0].source", equalTo("CLAIM_REVIEW"));
        String id = post(body).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1))
                .extract().path("items[0].id");
        given().when().get("/api/v1/factchecks/" + id).then().statusCode(200)
                .body("claimText", equalTo("The Zamboni canal opened to cargo ships in 2016."));
    }

    @Test
    void a_list_a_graph_a_datafeed_and_a_claims_search_answer_are_accepted() throws IOException {
        post(fixture("claimreview-list.json")).statusCode(200).body("received", equalTo(2))
                .body("items.find { it.url.endsWith('zorblat-tariffs') }.rating", equalTo(0.0f))
                .body("items.find { it.url.endsWith('zorblat-tariffs') }.reviewDate", equalTo("2023-11-20"))
                .body("items.find { it.url.endsWith('quorvan-bridge') }.rating", equalTo(1.0f))
                .body("items.find { it.url.endsWith('quorvan-bridge') }.publisher", equalTo("Truth Meter"));
        post(fixture("claimreview-graph.json")).statusCode(200).body("received", equalTo(1))
                .body("items[0].rating", equalTo(0.5f));
        post(fixture("datafeed.json")).statusCode(200).body("received", equalTo(2))
                .body("items[0].source", equalTo("DATA_FEED")).body("items[0].rating", equalTo(0.0f))
                .body("items[1].ratingText", equalTo("Unrateable claim")).body("items[1].rating", nullValue());
        post(fixture("google-claims-search.json")).statusCode(200).body("received", equalTo(2))
                .body("items[0].source", equalTo("GOOGLE_CLAIM_SEARCH"))
                .body("items[0].publisher", equalTo("PolitiFact-like Desk"))
                .body("items[0].publisherSite", equalTo("desk.example.org"))
                .body("items[0].claimant", equalTo("State media"))
                .body("items[0].claimDate", equalTo("2022-01-07"))
                .body("items[0].rating", equalTo(1.0f)).body("items[1].rating", equalTo(0.75f));
    }

    @Test
    void an_import_with_a_malformed_item_is_refused_whole() throws IOException {
        post(fixture("malformed-one-bad-item.json")).statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("[1].url")).body("errors.field", hasItem("[2].datePublished"))
                .body("errors.field", hasItem("[2].reviewRating.ratingValue"))
                .body("detail", containsString("nothing was stored"));
        post(fixture("malformed-datafeed.json")).statusCode(422).body("errors.field", hasItem("dataFeedElement[1]"));
        post(fixture("malformed-google.json")).statusCode(422).body("errors.field", hasItem("claims[1].claimReview"));
        post(fixture("unknown-shape.json")).statusCode(422).body("errors", hasSize(1));
        post("[]").statusCode(422);
        post("{\"@type\": \"ClaimReview\", ").statusCode(400);
        // Nothing of the refused imports was stored: their valid URLs are new now.
        post("[" + validItem("https://refused.example.org/a") + "," + validItem("https://refused.example.org/c") + ","
                + validItem("https://refused.example.org/d") + "," + validItem("https://refused.example.org/e") + "]")
                .statusCode(200).body("created", equalTo(4)).body("updated", equalTo(0));
    }

    @Test
    void only_an_admin_imports() throws IOException {
        String editor = TestKeys.issue("import-editor-" + System.nanoTime(), "editor");
        TestKeys.sendNoKeyByDefault();
        given().header("Authorization", TestKeys.bearer(editor)).contentType(ContentType.JSON)
                .body(fixture("claimreview-one.json")).when().post("/api/v1/factchecks/import").then().statusCode(403);
        given().contentType(ContentType.JSON).body(fixture("claimreview-one.json"))
                .when().post("/api/v1/factchecks/import").then().statusCode(401);
    }

    @Test
    void similar_claims_include_external_fact_checks_marked_as_such() throws IOException {
        post(fixture("google-claims-search.json")).statusCode(200);
        given().queryParam("text", "Hun Sen visited Myanmar in January 2022").queryParam("limit", "20")
                .when().get("/api/v1/claims/similar").then().statusCode(200)
                .body("items.findAll { it.kind == 'factcheck' }.size()", greaterThanOrEqualTo(1))
                .body("items.find { it.kind == 'factcheck' }.factCheck.url", containsString("example.org"))
                .body("items.find { it.kind == 'factcheck' }.why", containsString("external fact-check"));
    }

    private static String validItem(String url) {
        return "{\"@type\": \"ClaimReview\", \"url\": \"" + url + "\", \"claimReviewed\": \"Valid claim " + url + "\"}";
    }

}
