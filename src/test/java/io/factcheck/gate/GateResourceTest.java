package io.factcheck.gate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.factcheck.claim.ClaimOrigin;
import io.factcheck.claim.ClaimRepository;
import io.factcheck.claim.Verdict;
import io.factcheck.support.Api;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
class GateResourceTest {

    // No office titles: article creation runs the checker, and these tests count only the claims they make.
    private static final String BODY = "Ana Ruiz, the harbour master of Vigo, visited in 2022. "
            + "The former ferry captain spoke on Friday. The bridge opened in 2019. The port cost 3 million euros.";

    @Inject
    ClaimRepository claims;

    private static String gate(String articleId) {
        return "/api/v1/articles/" + articleId + "/gate";
    }

    @Test
    void an_article_whose_claims_are_fine_passes_with_every_verdict_counted() {
        String articleId = Api.createArticle(BODY);
        Api.addReview(Api.createClaim(articleId, "The bridge opened in 2019."), "ACCURATE", 0.9);
        Api.addReview(Api.createClaim(articleId, "the harbour master of Vigo"), "OUTDATED", 0.9);
        given().when().get(gate(articleId))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("articleId", equalTo(articleId))
                .body("passed", equalTo(true))
                .body("counts", equalTo(Map.of("ACCURATE", 1, "MOSTLY_ACCURATE", 0, "OUTDATED", 1, "MISLEADING", 0,
                        "INACCURATE", 0, "UNVERIFIED", 0)))
                .body("claims", equalTo(2))
                .body("pending", equalTo(0))
                .body("orphaned", equalTo(0))
                .body("failing", hasSize(0))
                .body("policy.failOn", equalTo(List.of("INACCURATE")))
                .body("policy.minConfidence", equalTo(0f))
                .body("policy.pending", equalTo("pass"));
    }

    @Test
    void by_default_an_inaccurate_claim_fails_the_gate_with_its_quote_offsets_and_reason() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The former ferry captain");
        Api.addReview(claimId, "INACCURATE", 0.95);
        Api.addReview(Api.createClaim(articleId, "The bridge opened in 2019."), "ACCURATE", 0.9);
        int start = BODY.indexOf("The former ferry captain");
        given().when().get(gate(articleId))
                .then().statusCode(200)
                .body("passed", equalTo(false))
                .body("counts.INACCURATE", equalTo(1))
                .body("failing", hasSize(1))
                .body("failing[0].claimId", equalTo(claimId))
                .body("failing[0].verdict", equalTo("INACCURATE"))
                .body("failing[0].confidence", equalTo(0.95f))
                .body("failing[0].status", equalTo("REVIEWED"))
                .body("failing[0].quote", equalTo("The former ferry captain"))
                .body("failing[0].start", equalTo(start))
                .body("failing[0].end", equalTo(start + "The former ferry captain".length()))
                .body("failing[0].reason", containsString("INACCURATE is in failOn"));
    }

    @Test
    void fail_on_takes_several_verdicts_comma_separated_or_repeated_in_any_case() {
        String articleId = Api.createArticle(BODY);
        String outdated = Api.createClaim(articleId, "the harbour master of Vigo");
        String misleading = Api.createClaim(articleId, "The port cost 3 million euros.");
        Api.addReview(outdated, "OUTDATED", 0.9);
        Api.addReview(misleading, "MISLEADING", 0.7);
        given().when().get(gate(articleId)).then().body("passed", equalTo(true));
        given().queryParam("failOn", "INACCURATE,OUTDATED").when().get(gate(articleId))
                .then().statusCode(200).body("passed", equalTo(false)).body("failing.claimId", equalTo(List.of(outdated)))
                .body("policy.failOn", equalTo(List.of("OUTDATED", "INACCURATE")));
        given().queryParam("failOn", "outdated").queryParam("failOn", "misleading").when().get(gate(articleId))
                .then().statusCode(200).body("failing.claimId", equalTo(List.of(outdated, misleading)));
    }

    @Test
    void min_confidence_lets_uncertain_verdicts_pass_and_the_threshold_itself_fails() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The former ferry captain");
        Api.addReview(claimId, "INACCURATE", 0.8);
        given().queryParam("minConfidence", "0.9").when().get(gate(articleId))
                .then().statusCode(200).body("passed", equalTo(true)).body("counts.INACCURATE", equalTo(1));
        given().queryParam("minConfidence", "0.8").when().get(gate(articleId))
                .then().statusCode(200).body("passed", equalTo(false)).body("failing[0].reason", containsString("0.80"));
        given().queryParam("minConfidence", "0").when().get(gate(articleId))
                .then().statusCode(200).body("passed", equalTo(false));
    }

    @Test
    void pending_fail_fails_every_unreviewed_claim_and_says_why() {
        String articleId = Api.createArticle(BODY);
        String unreviewed = Api.createClaim(articleId, "The port cost 3 million euros.");
        Api.addReview(Api.createClaim(articleId, "The bridge opened in 2019."), "ACCURATE", 0.9);
        given().when().get(gate(articleId))
                .then().statusCode(200).body("passed", equalTo(true)).body("pending", equalTo(1));
        given().queryParam("pending", "pass").when().get(gate(articleId)).then().body("passed", equalTo(true));
        given().queryParam("pending", "fail").when().get(gate(articleId))
                .then().statusCode(200)
                .body("passed", equalTo(false))
                .body("policy.pending", equalTo("fail"))
                .body("failing", hasSize(1))
                .body("failing[0].claimId", equalTo(unreviewed))
                .body("failing[0].status", equalTo("PENDING"))
                .body("failing[0]", not(hasKey("verdict")))
                .body("failing[0].reason", equalTo("not reviewed yet (pending=fail)"));
    }

    @Test
    void an_unreviewed_claim_is_judged_by_the_checkers_verdict_and_pending_fail_adds_its_reason() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The former ferry captain");
        markAsCheckerFinding(claimId, Verdict.INACCURATE, 0.7);
        given().when().get(gate(articleId))
                .then().statusCode(200)
                .body("passed", equalTo(false))
                .body("pending", equalTo(1))
                .body("counts.INACCURATE", equalTo(1))
                .body("failing[0].status", equalTo("PENDING"))
                .body("failing[0].verdict", equalTo("INACCURATE"));
        given().queryParam("minConfidence", "0.9").when().get(gate(articleId))
                .then().body("passed", equalTo(true));
        given().queryParam("minConfidence", "0.9").queryParam("pending", "fail").when().get(gate(articleId))
                .then().body("passed", equalTo(false))
                .body("failing[0].reason", equalTo("not reviewed yet (pending=fail)"));
        given().queryParam("pending", "fail").when().get(gate(articleId))
                .then().body("failing[0].reason", containsString("INACCURATE is in failOn"))
                .body("failing[0].reason", containsString("; not reviewed yet (pending=fail)"));
    }

    @Test
    void orphaned_claims_are_counted_apart_and_never_fail_the_gate() {
        String articleId = Api.createArticle(BODY);
        String claimId = Api.createClaim(articleId, "The former ferry captain");
        Api.addReview(claimId, "INACCURATE", 0.95);
        Api.createClaim(articleId, "The bridge opened in 2019.");
        given().contentType(ContentType.JSON).body(Api.article(BODY.replace("The former ferry captain", "Donald Trump")))
                .when().put("/api/v1/articles/" + articleId).then().statusCode(200);
        given().queryParam("pending", "fail").queryParam("failOn", "INACCURATE").when().get(gate(articleId))
                .then().statusCode(200)
                .body("orphaned", equalTo(1))
                .body("claims", equalTo(1))
                .body("counts.INACCURATE", equalTo(0))
                .body("failing.claimId", not(hasItem(claimId)));
        given().when().get(gate(articleId)).then().body("passed", equalTo(true));
    }

    @Test
    void an_article_without_claims_passes() {
        given().when().get(gate(Api.createArticle(BODY)))
                .then().statusCode(200).body("passed", equalTo(true)).body("claims", equalTo(0));
    }

    @Test
    void bad_parameters_are_400_problem_documents_naming_the_parameter() {
        String articleId = Api.createArticle(BODY);
        Map<String, String> bad = Map.of(
                "failOn", "PANTS_ON_FIRE",
                "minConfidence", "1.5",
                "pending", "maybe",
                "failon", "OUTDATED");
        bad.forEach((name, value) -> given().queryParam(name, value).when().get(gate(articleId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(name)));
        given().queryParam("minConfidence", "high").when().get(gate(articleId))
                .then().statusCode(400).body("errors[0].field", equalTo("minConfidence"));
        given().queryParam("minConfidence", "NaN").when().get(gate(articleId))
                .then().statusCode(400).body("errors[0].field", equalTo("minConfidence"));
        // an empty failOn (say, an unset shell variable) must not silently pass everything
        given().queryParam("failOn", "").when().get(gate(articleId))
                .then().statusCode(400).body("errors[0].message", containsString("at least one verdict"));
    }

    @Test
    void an_unknown_article_is_404() {
        given().when().get(gate(UUID.randomUUID().toString()))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No article"));
    }

    /** What the checker (another package, not merged yet) stores: a PENDING claim with its own verdict. */
    private void markAsCheckerFinding(String claimId, Verdict verdict, double confidence) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> claims.findById(UUID.fromString(claimId))
                    .invoke(claim -> {
                        claim.origin = ClaimOrigin.CHECKER;
                        claim.verdict = verdict;
                        claim.confidence = confidence;
                    })));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
