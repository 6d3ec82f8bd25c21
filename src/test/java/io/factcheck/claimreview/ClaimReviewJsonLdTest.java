package io.factcheck.claimreview;

import static io.factcheck.claimreview.SchemaOrgJsonLd.SCHEMA;
import static io.factcheck.claimreview.SchemaOrgJsonLd.expand;
import static io.factcheck.claimreview.SchemaOrgJsonLd.node;
import static io.factcheck.claimreview.SchemaOrgJsonLd.onlyNode;
import static io.factcheck.claimreview.SchemaOrgJsonLd.text;
import static io.factcheck.claimreview.SchemaOrgJsonLd.types;
import static io.factcheck.claimreview.SchemaOrgJsonLd.values;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The ClaimReview export as a JSON-LD processor and a search engine read it: expanded by Titanium against a local copy
 * of the schema.org context, asserted on the expanded IRIs, and checked against Google's required and recommended
 * properties ({@link GoogleClaimReviewProperties}).
 */
@QuarkusTest
class ClaimReviewJsonLdTest {

    private static final String JSON_LD = "application/ld+json";
    private static final String BODY = "The mayor of Springfield visited Minsk in January 2022. "
            + "The talks covered trade, fertiliser exports, rice and tractors.";

    /** A story, a claim in it by the claimant, reviewed OUTDATED with this page (or none). */
    private record Story(String articleId, String articleUrl, String claimId, String pageUrl) {
    }

    private static Story reviewedStory(String claimant, String pageUrl) {
        Map<String, Object> article = Api.article(BODY);
        String articleUrl = "https://news.example/2025/11/mayor-minsk-" + UUID.randomUUID();
        article.put("url", articleUrl);
        article.put("title", "The mayor in Minsk");
        article.put("language", "en-GB");
        article.put("publisher", "Minsk Herald");
        article.put("state", "PUBLISHED"); // a ClaimReview lists published stories only
        String articleId = Api.createArticle(article);
        String claimId = given().contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "anchor", Map.of("exact", "The mayor of Springfield"),
                        "claimant", claimant))
                .when().post("/api/v1/claims").then().statusCode(201).extract().path("id");
        Map<String, Object> review = Api.review("OUTDATED", 0.9);
        review.put("reviewer", "Minsk Herald fact desk");
        review.put("summary", "The mayor left office in 2021; the visit was his successor's.");
        if (pageUrl != null) {
            review.put("publishedUrl", pageUrl);
        }
        given().contentType(ContentType.JSON).body(review).when().post("/api/v1/claims/" + claimId + "/reviews")
                .then().statusCode(201);
        return new Story(articleId, articleUrl, claimId, pageUrl);
    }

    /** A person the knowledge base knows, with a Wikidata id of its own. */
    private static String knownPerson(String name, List<String> aliases) {
        String wikidataId = "Q" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999_999L);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "aliases", aliases, "wikidataId", wikidataId))
                .when().post("/api/v1/people").then().statusCode(201);
        return wikidataId;
    }

    private static String jsonLd(String path) {
        Response response = given().accept(JSON_LD).when().get(path);
        response.then().statusCode(200).contentType(JSON_LD);
        return response.asString();
    }

    @Test
    void a_claim_review_expands_to_schema_org_with_every_property_google_requires_and_recommends() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String wikidataId = knownPerson("Aliaksandr Testovich " + suffix, List.of("Sasha Testovich " + suffix));
        String page = "https://news.example/fact-checks/mayor-" + suffix;
        Story story = reviewedStory("Sasha Testovich " + suffix, page);

        JsonObject review = onlyNode(expand(jsonLd("/api/v1/claims/" + story.claimId())));

        assertThat(types(review)).containsExactly(SCHEMA + "ClaimReview");
        // url is an IRI (the context types it @id): the newsroom's page, not the API
        assertThat(values(review, "url")).singleElement().satisfies(v -> assertThat(v.getString("@id")).isEqualTo(page));
        assertThat(text(review, "claimReviewed")).hasValue("The mayor of Springfield");
        assertThat(text(review, "inLanguage")).hasValue("en-GB");
        assertThat(values(review, "datePublished")).singleElement()
                .satisfies(v -> assertThat(v.getString("@type")).isEqualTo(SCHEMA + "Date"));
        assertThat(text(review, "dateModified")).isNotEmpty();

        JsonObject rating = node(review, "reviewRating").orElseThrow();
        assertThat(types(rating)).containsExactly(SCHEMA + "Rating");
        assertThat(text(rating, "ratingValue")).hasValue("3");
        assertThat(text(rating, "bestRating")).hasValue("5");
        assertThat(text(rating, "worstRating")).hasValue("1");
        assertThat(text(rating, "alternateName")).hasValue("Outdated");
        assertThat(text(rating, "ratingExplanation"))
                .hasValue("The mayor left office in 2021; the visit was his successor's.");

        JsonObject author = node(review, "author").orElseThrow();
        assertThat(types(author)).containsExactly(SCHEMA + "Organization");
        assertThat(text(author, "name")).hasValue("Minsk Herald fact desk");

        JsonObject claim = node(review, "itemReviewed").orElseThrow();
        assertThat(types(claim)).containsExactly(SCHEMA + "Claim");
        JsonObject appearance = node(claim, "appearance").orElseThrow();
        assertThat(types(appearance)).containsExactly(SCHEMA + "CreativeWork");
        assertThat(text(appearance, "url")).hasValue(story.articleUrl());
        assertThat(text(appearance, "headline")).hasValue("The mayor in Minsk");
        assertThat(text(node(claim, "firstAppearance").orElseThrow(), "url")).hasValue(story.articleUrl());
        assertThat(text(claim, "datePublished")).hasValue("2025-11-29");
        // the claimant is known by an alias: a Person, sameAs its Wikidata entity (an IRI)
        JsonObject claimant = node(claim, "author").orElseThrow();
        assertThat(types(claimant)).containsExactly(SCHEMA + "Person");
        assertThat(text(claimant, "name")).hasValue("Sasha Testovich " + suffix);
        assertThat(values(claimant, "sameAs")).singleElement()
                .satisfies(v -> assertThat(v.getString("@id")).isEqualTo("https://www.wikidata.org/wiki/" + wikidataId));

        GoogleClaimReviewProperties.Missing missing = GoogleClaimReviewProperties.check(review);
        assertThat(missing.required()).as("Google's required ClaimReview properties").isEmpty();
        assertThat(missing.recommended()).as("Google's recommended ClaimReview properties").isEmpty();
    }

    @Test
    void without_a_page_url_the_required_url_is_missing_and_the_response_says_so() {
        Story story = reviewedStory("A spokesman", null);

        Response response = given().accept(JSON_LD).when().get("/api/v1/claims/" + story.claimId());
        response.then().statusCode(200).header(ClaimReviewWarnings.HEADER,
                "1 ClaimReview(s) without url: give the review a publishedUrl, or set CLAIMS_FACTCHECK_URL_TEMPLATE");
        JsonObject review = onlyNode(expand(response.asString()));

        assertThat(values(review, "url")).as("never the API's address").isEmpty();
        assertThat(GoogleClaimReviewProperties.check(review).required()).containsExactly("url");
    }

    @Test
    void the_articles_graph_expands_to_the_same_claim_reviews() {
        String page = "https://news.example/fact-checks/" + UUID.randomUUID();
        Story story = reviewedStory("A spokesman", page);

        JsonArray graph = expand(jsonLd("/api/v1/articles/" + story.articleId() + "/claimreviews"));

        assertThat(graph).hasSize(1);
        JsonObject review = graph.getJsonObject(0);
        assertThat(types(review)).containsExactly(SCHEMA + "ClaimReview");
        assertThat(text(review, "url")).hasValue(page);
        assertThat(GoogleClaimReviewProperties.check(review).required()).isEmpty();
    }

    @Test
    void the_feed_expands_to_a_data_feed_of_data_feed_items_each_a_claim_review_and_its_cursor_stays_out() {
        String page = "https://news.example/fact-checks/" + UUID.randomUUID();
        Story story = reviewedStory("A spokesman", page);
        String json = jsonLd("/api/v1/claimreviews?limit=5");

        JsonObject feed = onlyNode(expand(json));

        assertThat(types(feed)).containsExactly(SCHEMA + "DataFeed");
        assertThat(text(feed, "dateModified")).isNotEmpty();
        List<JsonObject> items = values(feed, "dataFeedElement");
        assertThat(items).hasSize(5).allSatisfy(item -> {
            assertThat(types(item)).containsExactly(SCHEMA + "DataFeedItem");
            assertThat(text(item, "dateModified")).isNotEmpty();
            assertThat(types(node(item, "item").orElseThrow())).containsExactly(SCHEMA + "ClaimReview");
        });
        JsonObject newest = node(items.get(0), "item").orElseThrow();
        assertThat(text(newest, "url")).as("the claim just reviewed is the newest item").hasValue(page);
        assertThat(GoogleClaimReviewProperties.check(newest).required()).isEmpty();
        assertThat(GoogleClaimReviewProperties.check(newest).recommended()).isEmpty();
        // next is the API's paging cursor: in the JSON, but no statement of the graph
        assertThat(json).contains("\"next\":\"");
        assertThat(expand(json).toString()).doesNotContain(SCHEMA + "next");
        assertThat(story.claimId()).isNotNull();
    }

    @Test
    void a_claimant_known_to_several_people_or_the_publisher_itself_gets_no_same_as() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        knownPerson("First Twin " + suffix, List.of("The Twin " + suffix));
        knownPerson("Second Twin " + suffix, List.of("The Twin " + suffix));
        Story ambiguous = reviewedStory("The Twin " + suffix, null);
        Story publisher = reviewedStory("Minsk Herald", null);

        JsonObject twin = node(node(onlyNode(expand(jsonLd("/api/v1/claims/" + ambiguous.claimId()))), "itemReviewed")
                .orElseThrow(), "author").orElseThrow();
        assertThat(types(twin)).containsExactly(SCHEMA + "Person");
        assertThat(values(twin, "sameAs")).as("two people go by that alias: no guess").isEmpty();

        JsonObject herald = node(node(onlyNode(expand(jsonLd("/api/v1/claims/" + publisher.claimId()))), "itemReviewed")
                .orElseThrow(), "author").orElseThrow();
        assertThat(types(herald)).containsExactly(SCHEMA + "Organization");
        assertThat(text(herald, "name")).hasValue("Minsk Herald");
    }
}
