package io.factcheck.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Creating, revising and re-checking an article stores the checker's findings as CHECKER claims. */
@QuarkusTest
class ArticleCheckingTest {

    private static final String OUTDATED = "Cambodian Prime Minister Hun Sen visited the port.";

    @Test
    void creating_an_article_stores_findings_as_pending_checker_claims() {
        Map<String, Object> article = Api.article(OUTDATED + " Belarusian President Alexander Lukashenko spoke.");
        given().contentType(ContentType.JSON).body(article)
                .when().post("/api/v1/articles")
                .then().statusCode(201)
                .body("claims", hasSize(1))
                .body("claims[0].origin", equalTo("CHECKER"))
                .body("claims[0].status", equalTo("PENDING"))
                .body("claims[0].verdict", equalTo("OUTDATED"))
                .body("claims[0].person", equalTo("Hun Sen"))
                .body("claims[0].anchor.exact", equalTo("Cambodian Prime Minister Hun Sen"))
                .body("claims[0].annotation.suggestion", notNullValue())
                .body("claims[0].annotation.tenures[0].source", notNullValue());
    }

    @Test
    void revising_replaces_unreviewed_findings_and_keeps_reviewed_and_editor_claims() {
        String articleId = Api.createArticle(OUTDATED + " Later, U.S. President Joe Biden called.");
        String editorClaim = Api.createClaim(articleId, "visited the port");
        String reviewed = given().when().get("/api/v1/articles/" + articleId + "/claims").then()
                .extract().path("items.find { it.anchor.exact == 'Cambodian Prime Minister Hun Sen' }.id");
        Api.addReview(reviewed, "OUTDATED", 0.95);

        // New text: the Hun Sen sentence stays, the Biden title is now wrong in another way, a new mistake appears.
        Map<String, Object> revision = Api.article(OUTDATED + " Later, former U.S. President Donald Trump called.");
        given().contentType(ContentType.JSON).body(revision)
                .when().put("/api/v1/articles/" + articleId)
                .then().statusCode(200)
                .body("claims.find { it.id == '" + reviewed + "' }.status", equalTo("REVIEWED"))
                .body("claims.find { it.id == '" + editorClaim + "' }.origin", equalTo("EDITOR"))
                .body("claims.findAll { it.origin == 'CHECKER' && it.status == 'PENDING' }.anchor.exact",
                        equalTo(java.util.List.of("former U.S. President Donald Trump")))
                .body("claims.find { it.anchor.exact == 'former U.S. President Donald Trump' }.verdict",
                        equalTo("INACCURATE"))
                // new findings and kept claims together, in text order, as GET /articles/{id}/claims lists them
                .body("claims.anchor.exact", equalTo(java.util.List.of("Cambodian Prime Minister Hun Sen",
                        "visited the port", "former U.S. President Donald Trump")));
    }

    @Test
    void a_knowledge_edit_takes_effect_on_the_next_check_without_restart() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String land = "Zembla" + suffix;
        String name = "Vera Kinbote" + suffix;
        String text = "The " + land + "n Chancellor " + name + " opened the library.";
        String articleId = Api.createArticle(text);
        given().when().get("/api/v1/articles/" + articleId + "/claims").then().body("items", hasSize(0));

        String officeId = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Chancellor", "jurisdiction", land, "adjectives", java.util.List.of(land + "n")))
                .when().post("/api/v1/offices").then().statusCode(201).extract().path("id");
        String personId = given().contentType(ContentType.JSON).body(Map.of("name", name))
                .when().post("/api/v1/people").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("officeId", officeId, "start", "2010-01-01", "end", "2020-01-01", "precision", "DAY",
                        "source", "https://example.org/zembla"))
                .when().post("/api/v1/people/" + personId + "/tenures").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("text", text, "publishedAt", "2025-11-29"))
                .when().post("/api/v1/check")
                .then().statusCode(200).body("annotations[0].verdict", equalTo("OUTDATED"));
        given().when().post("/api/v1/articles/" + articleId + "/recheck")
                .then().statusCode(200)
                .body("claims", hasSize(1))
                .body("claims[0].person", equalTo(name));
    }
}
