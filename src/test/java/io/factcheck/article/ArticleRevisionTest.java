package io.factcheck.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ArticleRevisionTest {

    @Test
    void a_revised_body_moves_claims_and_orphans_the_ones_whose_quote_is_gone() {
        String original = "Minister Ana Ruiz opened the port. The port cost 3 million euros.";
        String articleId = Api.createArticle(original);
        String kept = Api.createClaim(articleId, "The port cost 3 million euros.");
        String removed = Api.createClaim(articleId, "Minister Ana Ruiz");
        Api.addReview(removed, "ACCURATE", 0.8);

        Map<String, Object> revision = Api.article("Update: a new paragraph first. The port cost 3 million euros.");
        given().contentType(ContentType.JSON).body(revision)
                .when().put("/api/v1/articles/" + articleId)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("claims", hasSize(2));

        given().when().get("/api/v1/claims/" + kept).then()
                .body("status", equalTo("PENDING"))
                .body("anchor.start", equalTo("Update: a new paragraph first. ".length()))
                .body("anchor.prefix", equalTo("Update: a new paragraph first. "));
        given().when().get("/api/v1/claims/" + removed).then()
                .body("status", equalTo("ORPHANED"))
                .body("verdict", equalTo("ACCURATE"));
        given().when().get("/api/v1/claims/" + removed + "/reviews").then().body("items", hasSize(1));

        // The quote comes back: the claim is anchored again and returns to REVIEWED.
        given().contentType(ContentType.JSON).body(Api.article(original))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200);
        given().when().get("/api/v1/claims/" + removed).then()
                .body("status", equalTo("REVIEWED")).body("anchor.start", equalTo(0));
    }

    @Test
    void a_claim_follows_small_edits_inside_its_quote_and_keeps_its_review() {
        String original = "Minister Ana Ruiz opened the port on Monday. The port cost 3 milion euros, officials said.";
        String articleId = Api.createArticle(original);
        String claimId = Api.createClaim(articleId, "The port cost 3 milion euros");
        Api.addReview(claimId, "INACCURATE", 0.9);
        String gone = Api.createClaim(articleId, "Minister Ana Ruiz opened the port");

        String revised = "Correction appended. Mayor Luis Gil inaugurated the harbour. The port cost 3 million euros, "
                + "officials said.";
        given().contentType(ContentType.JSON).body(Api.article(revised))
                .when().put("/api/v1/articles/" + articleId)
                .then().statusCode(200);

        given().when().get("/api/v1/claims/" + claimId).then()
                .body("status", equalTo("REVIEWED"))
                .body("verdict", equalTo("INACCURATE"))
                .body("anchor.exact", equalTo("The port cost 3 million euros"))
                .body("anchor.start", equalTo(revised.indexOf("The port cost")))
                .body("anchor.end", equalTo(revised.indexOf(", officials")))
                .body("anchor.suffix", equalTo(", officials said."));
        given().when().get("/api/v1/claims/" + gone).then().body("status", equalTo("ORPHANED"));
    }

    @Test
    void a_url_can_belong_to_one_article_only() {
        String url = "https://example.org/" + UUID.randomUUID();
        Map<String, Object> first = Api.article("First text.");
        first.put("url", url);
        Api.createArticle(first);
        Map<String, Object> second = Api.article("Second text.");
        second.put("url", url);
        given().contentType(ContentType.JSON).body(second)
                .when().post("/api/v1/articles")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void deleting_an_article_deletes_its_claims() {
        String articleId = Api.createArticle("Delete me with my claims.");
        String claimId = Api.createClaim(articleId, "my claims");
        given().when().delete("/api/v1/articles/" + articleId).then().statusCode(204);
        given().when().get("/api/v1/articles/" + articleId).then().statusCode(404);
        given().when().get("/api/v1/claims/" + claimId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Api.article("x"))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(404);
    }

    @Test
    void lists_articles_newest_first_with_filters_and_without_bodies() {
        String publisher = "Lister " + UUID.randomUUID();
        Map<String, Object> older = Api.article("Older text.");
        older.put("publisher", publisher);
        older.put("publishedAt", "2020-01-01");
        String olderId = Api.createArticle(older);
        Map<String, Object> newer = Api.article("Newer text.");
        newer.put("publisher", publisher);
        String newerId = Api.createArticle(newer);
        given().queryParam("publisher", publisher).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(newerId, olderId)))
                .body("items[0].body", equalTo(null));
        given().queryParam("publisher", publisher).queryParam("until", "2021-01-01").when().get("/api/v1/articles")
                .then().body("items.id", equalTo(List.of(olderId)));
        given().queryParam("include", "everything").when().get("/api/v1/articles/" + olderId)
                .then().statusCode(400).body("errors[0].field", equalTo("include"));
    }
}
