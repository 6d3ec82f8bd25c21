package io.factcheck.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.factcheck.article.ArticleRepository;
import io.factcheck.claim.ClaimRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;

@QuarkusTest
class SeedCorpusTest {

    @Inject
    SeedCorpusLoader loader;

    @Inject
    ArticleRepository articles;

    @Inject
    ClaimRepository claims;

    @Test
    void the_hun_sen_claim_of_seed_001_is_outdated_with_the_right_wording() throws Throwable {
        given().queryParam("q", "\"Prime Minister of Cambodia\"").queryParam("verdict", "OUTDATED")
                .queryParam("person", "Hun Sen")
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.find { it.origin == 'EDITOR' }.anchor.exact", equalTo("the Prime Minister of Cambodia"))
                .body("items.find { it.origin == 'EDITOR' }.person", equalTo("Hun Sen"));
        String articleId = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> articles
                .find("title", "Lukashenko's visit to Myanmar breaks the junta's isolation").singleResult()))
                .id.toString();
        String claimId = given().when().get("/api/v1/articles/" + articleId + "/claims").then()
                .body("items.findAll { it.anchor.exact == 'the Prime Minister of Cambodia' }", hasSize(1))
                .extract().path("items.find { it.anchor.exact == 'the Prime Minister of Cambodia' }.id");
        given().when().get("/api/v1/claims/" + claimId).then()
                .body("origin", equalTo("EDITOR")).body("verdict", equalTo("OUTDATED")).body("person", equalTo("Hun Sen"));
        given().when().get("/api/v1/claims/" + claimId + "/reviews")
                .then().body("items[0].summary", containsString("2023-08-22"))
                .body("items[0].correction", containsString("then-Prime Minister"))
                .body("items[0].evidence[0].url", containsString("https://"));
    }

    @Test
    void the_former_us_president_claims_of_seed_004_are_inaccurate() {
        given().queryParam("person", "Donald Trump").queryParam("verdict", "INACCURATE")
                .queryParam("status", "REVIEWED")
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.findAll { it.origin == 'EDITOR' }", hasSize(2))
                .body("items.findAll { it.origin == 'EDITOR' }.anchor.exact[0]", equalTo("the former U.S. president"));
    }

    @Test
    void the_desk_reviewed_at_least_twelve_claims_across_all_five_articles() throws Throwable {
        long editorClaims = VertxContextSupport.subscribeAndAwait(() -> claims.count("origin = 'EDITOR' and reviewedAt is not null and articleId in (select id from Article where title in ?1)",
                java.util.List.of("A Rare Embrace: Belarus's Lukashenka Steps Into Isolated Myanmar",
                        "Lukashenko's visit to Myanmar breaks the junta's isolation",
                        "Lukashenko arrives in Myanmar for a high-profile goodwill visit",
                        "Dictators supporting criminals: Belarus and Russia's involvement in junta's sham election",
                        "Lukashenko's Geopolitical Split: Courting Putin and Trump")));
        assertThat(editorClaims).isGreaterThanOrEqualTo(12);
        given().queryParam("q", "nearly three years").when().get("/api/v1/claims")
                .then().body("items[0].verdict", equalTo("INACCURATE"));
        // reviewed: other tests store unreviewed claims of the same sentence (the matching set)
        given().queryParam("q", "26 years ago").queryParam("status", "REVIEWED").when().get("/api/v1/claims")
                .then().body("items[0].anchor.exact", equalTo("26 years ago"));
    }

    @Test
    void loading_again_adds_nothing() throws Throwable {
        long articlesBefore = VertxContextSupport.subscribeAndAwait(() -> articles.count());
        long claimsBefore = VertxContextSupport.subscribeAndAwait(() -> claims.count());
        Boolean loaded = VertxContextSupport.subscribeAndAwait(loader::load);
        assertThat(loaded).isFalse();
        assertThat(VertxContextSupport.subscribeAndAwait(() -> articles.count())).isEqualTo(articlesBefore);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> claims.count())).isEqualTo(claimsBefore);
        long seedArticles = VertxContextSupport.subscribeAndAwait(
                () -> articles.count("title", "Lukashenko's visit to Myanmar breaks the junta's isolation"));
        assertThat(seedArticles).isEqualTo(1);
    }
}
