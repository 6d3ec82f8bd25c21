package io.factcheck.perf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.StatementCounter;
import io.factcheck.support.StatementCounter.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Issue #6, no N+1 queries: an endpoint that returns or writes a collection runs as many SQL statements for
 * {@value #FEW} rows as for {@value #MANY}, and at most the number in the test's name (today's count: a change that
 * saves a statement still passes, one that adds a statement per row fails). Counted by PostgreSQL itself, one request
 * at a time (see {@link StatementCounter}); a failure lists every statement that ran and how often.
 * <p>
 * Writes are the one exception, stated as such: Hibernate writes one row per INSERT or UPDATE, so creating or
 * re-anchoring n claims runs exactly n of them; everything else such a request runs is constant.
 */
@QuarkusTest
class QueryCountTest {

    private static final int FEW = 2;
    private static final int MANY = 40;

    private static StatementCounter counter;

    @BeforeAll
    static void connect() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        counter = StatementCounter.open();
    }

    @AfterAll
    static void disconnect() {
        counter.close();
    }

    @Test
    void listing_articles_runs_1_statement_for_any_number_of_articles() {
        String few = publisherWithArticles(FEW);
        String many = publisherWithArticles(MANY);
        assertConstant("GET /articles", 1, n -> given().queryParam("publisher", n == FEW ? few : many)
                .queryParam("limit", 200).when().get("/api/v1/articles").then().statusCode(200)
                .body("items", hasSize(n)));
    }

    @Test
    void an_article_with_its_claims_runs_2_statements_for_any_number_of_claims() {
        Map<Integer, String> articles = articlesWithFindings();
        // the article (its absence is the 404), its claims
        assertConstant("GET /articles/{id}?include=claims", 2, n -> given().queryParam("include", "claims")
                .when().get("/api/v1/articles/" + articles.get(n)).then().statusCode(200).body("claims", hasSize(n)));
    }

    @Test
    void an_articles_claims_run_2_statements_for_any_number_of_claims() {
        Map<Integer, String> articles = articlesWithFindings();
        assertConstant("GET /articles/{id}/claims", 2, n -> given()
                .when().get("/api/v1/articles/" + articles.get(n) + "/claims").then().statusCode(200)
                .body("items", hasSize(n)));
    }

    @Test
    void the_gate_runs_1_statement_for_any_number_of_claims() {
        Map<Integer, String> articles = articlesWithFindings();
        // the article left-joined to its claims as gate rows (no row: 404)
        assertConstant("GET /articles/{id}/gate", 1, n -> given().queryParam("failOn", "INACCURATE,OUTDATED")
                .queryParam("pending", "fail").when().get("/api/v1/articles/" + articles.get(n) + "/gate")
                .then().statusCode(200).body("failing", hasSize(n)));
    }

    @Test
    void an_articles_claim_reviews_run_4_statements_for_any_number_of_reviewed_claims() {
        Map<Integer, String> articles = articlesWithFindings();
        articles.values().forEach(id -> claimIds(id).forEach(claim -> Api.addReview(claim, "OUTDATED", 0.9)));
        // article, claims, the latest review of every reviewed claim, when each was first reviewed
        assertConstant("GET /articles/{id}/claimreviews", 4, n -> given()
                .when().get("/api/v1/articles/" + articles.get(n) + "/claimreviews").then().statusCode(200)
                .body("'@graph'", hasSize(n)));
    }

    @Test
    void searching_claims_runs_1_statement_for_any_number_of_hits_with_or_without_q_and_filters() {
        Map<Integer, String> articles = articlesWithFindings();
        Map<Integer, String> publishers = new HashMap<>();
        articles.forEach((n, article) -> publishers.put(n, publisherOf(article)));
        // the matching claims, filters and page in one statement (ClaimReads)
        assertConstant("GET /claims (newest, no filter)", 1, n -> search(given().queryParam("limit", n), n));
        assertConstant("GET /claims?articleId", 1, n -> search(given().queryParam("limit", 200)
                .queryParam("articleId", articles.get(n)), n));
        assertConstant("GET /claims?q&articleId", 1, n -> search(given().queryParam("limit", 200)
                .queryParam("q", "prime minister").queryParam("articleId", articles.get(n)), n));
        assertConstant("GET /claims?q&every filter", 1, n -> search(given().queryParam("limit", 200)
                .queryParam("q", "Hun Sen cambodian").queryParam("publisher", publishers.get(n))
                .queryParam("verdict", "OUTDATED").queryParam("status", "PENDING").queryParam("person", "Hun Sen")
                .queryParam("minConfidence", "0.1").queryParam("since", "2025-01-01").queryParam("until", "2025-12-31"),
                n));
    }

    @Test
    void one_claim_runs_1_statement_as_json_and_4_as_claimreview_for_any_number_of_reviews() {
        Map<Integer, String> claims = claimsWithReviews();
        assertConstant("GET /claims/{id}", 1, n -> given().accept(ContentType.JSON)
                .when().get("/api/v1/claims/" + claims.get(n)).then().statusCode(200));
        // claim, article, latest review, first review's time
        assertConstant("GET /claims/{id} as application/ld+json", 4, n -> given().accept("application/ld+json")
                .when().get("/api/v1/claims/" + claims.get(n)).then().statusCode(200));
    }

    @Test
    void review_history_runs_2_statements_for_any_number_of_reviews() {
        Map<Integer, String> claims = claimsWithReviews();
        // claim (404 check), the page of reviews
        assertConstant("GET /claims/{id}/reviews", 2, n -> given().queryParam("limit", 200)
                .when().get("/api/v1/claims/" + claims.get(n) + "/reviews").then().statusCode(200)
                .body("items", hasSize(n)));
    }

    @Test
    void adding_a_review_runs_5_statements_however_many_reviews_and_sibling_claims_there_are() {
        Map<Integer, String> reviewed = claimsWithReviews();
        // claim, the previous review's publishedUrl, insert review, update claim, insert event
        assertConstant("POST /claims/{id}/reviews (claim with n reviews)", 5,
                n -> Api.addReview(reviewed.get(n), "INACCURATE", 0.7));
        Map<Integer, String> firstClaims = new HashMap<>();
        articlesWithFindings().forEach((n, article) -> firstClaims.put(n, claimIds(article).get(0)));
        assertConstant("POST /claims/{id}/reviews (article with n claims)", 5,
                n -> Api.addReview(firstClaims.get(n), "INACCURATE", 0.7));
    }

    @Test
    void creating_an_article_runs_7_statements_plus_one_insert_per_claim_the_checker_stores() {
        // insert article, the (new) article's claims, one insert for all their events; matching all the new claims at
        // once: one search of claims, one of external fact-checks, one insert of every suggestion, one insert of their
        // claim.matched events (issue #15); then one insert per claim
        assertWrite("POST /articles", 7, "insert into claim ", n -> {
            Map<String, Object> article = Api.article(findings(n));
            given().contentType(ContentType.JSON).body(article).when().post("/api/v1/articles")
                    .then().statusCode(201).body("claims", hasSize(n));
        });
    }

    @Test
    void revising_an_article_runs_8_statements_plus_one_update_per_claim_it_re_anchors() {
        Map<Integer, String> articles = articlesWithFindings();
        // Reviewed, so that the revision keeps every claim and re-anchors it, rather than dropping and re-finding it.
        articles.values().forEach(id -> claimIds(id).forEach(claim -> Api.addReview(claim, "OUTDATED", 0.9)));
        // article, the checker's unreviewed claims, delete them, the claims to re-anchor, one insert for their events,
        // the claims again (for the checker), update article; then one update per claim
        assertWrite("PUT /articles/{id}", 8, "update claim ", n -> given().contentType(ContentType.JSON)
                .body(Api.article("Revised, with a new first line.\n" + findings(n)))
                .when().put("/api/v1/articles/" + articles.get(n)).then().statusCode(200).body("claims", hasSize(n)));
    }

    @Test
    void listing_people_runs_2_statements_for_any_number_of_people_and_tenures() {
        String office = given().contentType(ContentType.JSON)
                .body(Map.of("title", "Query Count Commissioner " + UUID.randomUUID(), "jurisdiction", "Testland"))
                .when().post("/api/v1/offices").then().statusCode(201).extract().path("id");
        String few = peopleWithTenures(FEW, office);
        String many = peopleWithTenures(MANY, office);
        // the page of people, all their tenures joined with their offices
        assertConstant("GET /people", 2, n -> given().queryParam("q", n == FEW ? few : many).queryParam("limit", 200)
                .when().get("/api/v1/people").then().statusCode(200)
                .body("items", hasSize(n)).body("items[0].tenures", hasSize(2)));
    }

    @Test
    void listing_offices_runs_1_statement_for_any_number_of_offices() {
        IntStream.range(0, MANY).forEach(i -> given().contentType(ContentType.JSON)
                .body(Map.of("title", "Query Count Office " + i + " " + UUID.randomUUID()))
                .when().post("/api/v1/offices").then().statusCode(201));
        assertConstant("GET /offices", 1, n -> given().queryParam("limit", n)
                .when().get("/api/v1/offices").then().statusCode(200).body("items", hasSize(n)));
    }

    /** Runs the request for FEW and for MANY rows: the same count both times, and at most the bound. */
    private static void assertConstant(String endpoint, long bound, IntConsumer request) {
        Statements few = counter.count(() -> request.accept(FEW));
        Statements many = counter.count(() -> request.accept(MANY));
        String ran = "%s ran, for %d rows, %s%nand for %d rows, %s".formatted(endpoint, FEW, few, MANY, many);
        assertThat(many.total()).as(ran).isEqualTo(few.total());
        assertThat(few.total()).as(ran).isPositive().isLessThanOrEqualTo(bound);
    }

    /** As {@link #assertConstant}, but the statements starting with rowWrite run exactly once per row. */
    private static void assertWrite(String endpoint, long bound, String rowWrite, IntConsumer request) {
        warmKnowledge();
        Statements few = counter.count(() -> request.accept(FEW));
        warmKnowledge();
        Statements many = counter.count(() -> request.accept(MANY));
        String ran = "%s ran, for %d rows, %s%nand for %d rows, %s".formatted(endpoint, FEW, few, MANY, many);
        assertThat(few.startingWith(rowWrite)).as(ran).isEqualTo(FEW);
        assertThat(many.startingWith(rowWrite)).as(ran).isEqualTo(MANY);
        long fewOthers = few.total() - FEW;
        assertThat(many.total() - MANY).as(ran).isEqualTo(fewOthers);
        assertThat(fewOthers).as(ran).isPositive().isLessThanOrEqualTo(bound);
    }

    /**
     * The checker's knowledge snapshot is loaded (three statements) by the first check after a knowledge write, which
     * other tests make: check once beforehand so that the measured request finds it cached.
     */
    private static void warmKnowledge() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Hun Sen.", "publishedAt", "2025-11-29"))
                .when().post("/api/v1/check").then().statusCode(200);
    }

    private static Object search(RequestSpecification request, int n) {
        return request.when().get("/api/v1/claims").then().statusCode(200).body("items", hasSize(n));
    }

    /** A text the checker flags n times (Hun Sen left the office in 2023; the articles are of 2025). */
    private static String findings(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> "Cambodian Prime Minister Hun Sen opened school " + i + " today.")
                .collect(Collectors.joining("\n"));
    }

    /** An article with FEW and one with MANY CHECKER claims, each under its own publisher. */
    private static Map<Integer, String> articlesWithFindings() {
        Map<Integer, String> articles = new HashMap<>();
        for (int n : new int[] { FEW, MANY }) {
            Map<String, Object> article = Api.article(findings(n));
            article.put("publisher", "Query Count Desk " + UUID.randomUUID());
            String id = Api.createArticle(article);
            assertThat(claimIds(id)).hasSize(n);
            articles.put(n, id);
        }
        return articles;
    }

    /** A claim with FEW reviews and one with MANY. */
    private static Map<Integer, String> claimsWithReviews() {
        Map<Integer, String> claims = new HashMap<>();
        for (int n : new int[] { FEW, MANY }) {
            String claim = claimIds(Api.createArticle(findings(1))).get(0);
            IntStream.range(0, n).forEach(i -> Api.addReview(claim, i % 2 == 0 ? "OUTDATED" : "MISLEADING", 0.9));
            claims.put(n, claim);
        }
        return claims;
    }

    private static String publisherWithArticles(int n) {
        String publisher = "Query Count Desk " + UUID.randomUUID();
        IntStream.range(0, n).forEach(i -> {
            Map<String, Object> article = Api.article("Nothing here for the checker, paragraph " + i + ".");
            article.put("publisher", publisher);
            Api.createArticle(article);
        });
        return publisher;
    }

    /** n people whose names share a token (answered), each with two terms of the office. */
    private static String peopleWithTenures(int n, String officeId) {
        String token = "qc" + UUID.randomUUID().toString().replace("-", "");
        IntStream.range(0, n).forEach(i -> {
            String person = given().contentType(ContentType.JSON).body(Map.of("name", "Person " + i + " " + token))
                    .when().post("/api/v1/people").then().statusCode(201).extract().path("id");
            for (String[] term : new String[][] { { "2001-01-01", "2005-01-01" }, { "2010-01-01", "2014-01-01" } }) {
                given().contentType(ContentType.JSON).body(Map.of("officeId", officeId, "start", term[0], "end", term[1],
                        "precision", "DAY", "source", "https://example.org/terms/" + i))
                        .when().post("/api/v1/people/" + person + "/tenures").then().statusCode(201);
            }
        });
        return token;
    }

    private static String publisherOf(String articleId) {
        return given().when().get("/api/v1/articles/" + articleId).then().statusCode(200).extract().path("publisher");
    }

    private static List<String> claimIds(String articleId) {
        return given().when().get("/api/v1/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().path("items.id");
    }
}
