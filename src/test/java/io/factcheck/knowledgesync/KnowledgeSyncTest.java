package io.factcheck.knowledgesync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.factcheck.support.Api;
import io.factcheck.support.EventStream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The sync against a stand-in Query Service on 127.0.0.1 ({@link SparqlStub}) serving answers recorded in its own
 * format: what reaches the knowledge, what waits for an admin, what the articles see, and how every failure leaves the
 * knowledge as it was.
 */
@QuarkusTest
@TestProfile(SyncStubProfile.class)
class KnowledgeSyncTest {

    private static SparqlStub stub;

    @Inject
    SyncSchedule schedule;

    @BeforeAll
    static void startStub() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        stub = SparqlStub.start(SyncStubProfile.port());
    }

    @AfterAll
    static void stopStub() throws Exception {
        stub.close();
    }

    @BeforeEach
    void emptyAnswers() {
        stub.answer(request -> SparqlStub.Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY)));
        stub.forget();
    }

    @Test
    void a_new_head_of_government_and_an_ended_term_reach_the_knowledge_and_an_article_becomes_outdated() {
        Norrland world = new Norrland();
        SparqlFixture f = world.fixture;
        String text = "The " + world.adjective() + " Prime Minister " + f.name("Oskar Vellamo")
                + " opened the bridge on Friday.";
        Map<String, Object> article = Api.article(text);
        article.put("publishedAt", "2025-06-10");
        String articleId = Api.createArticle(article);
        assertThat(claims(articleId)).as("in office, as far as the knowledge knows").isEmpty();
        serveHolders(f);

        JsonPath run;
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            run = Norrland.finished(sync());

            EventStream.Event event = stream.next();
            assertThat(event.name()).isEqualTo("claim.created");
            assertThat(event.data()).contains("\"verdict\":\"OUTDATED\"", articleId);
        }
        assertThat(run.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(run.getString("kind")).isEqualTo("SYNC");
        assertThat(run.getString("trigger")).isEqualTo("MANUAL");
        assertThat(run.getInt("counts.tenuresEnded")).isEqualTo(1);
        assertThat(run.getInt("counts.tenuresCreated")).isEqualTo(2);
        assertThat(run.getInt("counts.officesCreated")).isEqualTo(1);
        assertThat(run.getInt("counts.peopleCreated")).isEqualTo(2);
        assertThat(run.getInt("counts.proposals")).isEqualTo(1);
        assertThat(run.getList("skipped.reason", String.class)).contains("no known start time (P580)");
        assertThat(run.getInt("recheck.rechecked")).isEqualTo(run.getInt("recheck.articles")).isPositive();
        assertThat(run.getInt("recheck.changed")).isPositive();

        // the old holder: the hand-edited term keeps its origin and gains its end and its statement
        JsonPath oskar = Norrland.get("/api/v1/people/" + world.oskar);
        assertThat(oskar.getString("wikidataId")).as("linked by name").isEqualTo(f.id("Q910000011"));
        assertThat(oskar.getString("tenures[0].end")).isEqualTo("2025-02-01");
        assertThat(oskar.getString("tenures[0].origin")).isEqualTo("API");
        assertThat(oskar.getString("tenures[0].wikidataStatementId"))
                .isEqualTo(f.statement("Q910000011", "7D0C4A1E-3B52-4F6A-9E81-2C5B7A9D0F13"));
        // the new head of government, from Wikidata
        JsonPath hedda = Norrland.personNamed(f.name("Hedda Lindqvist"));
        assertThat(hedda).isNotNull();
        assertThat(hedda.getString("wikidataId")).isEqualTo(f.id("Q910000012"));
        assertThat(hedda.getString("tenures[0].office.id")).isEqualTo(world.pmOffice);
        assertThat(hedda.getString("tenures[0].start")).isEqualTo("2025-02-01");
        assertThat(hedda.getString("tenures[0].end")).isNull();
        assertThat(hedda.getString("tenures[0].origin")).isEqualTo("WIKIDATA");
        assertThat(hedda.getString("tenures[0].source")).isEqualTo("https://www.wikidata.org/wiki/" + f.id("Q910000012"));
        assertThat(hedda.getString("tenures[0].confirmedAt")).isNotNull();
        // the office the knowledge did not know, created with its label
        JsonPath changes = Norrland.get("/api/v1/knowledge/changes?limit=200&syncId=" + run.getString("id"));
        assertThat(changes.getString("items.find { it.kind == 'OFFICE_ADDED' }.office.name"))
                .isEqualTo(f.name("Speaker of the Norrland Parliament"));
        assertThat(changes.getString("items.find { it.kind == 'OFFICE_ADDED' }.office.wikidataId"))
                .isEqualTo(f.id("Q910000004"));
        assertThat(changes.getList("items.kind", String.class)).contains("TENURE_ENDED", "TENURE_ADDED",
                "PERSON_ADDED", "PERSON_LINKED", "OFFICE_ADDED", "TENURE_DATES_CHANGED");
        // the office knows its holders until the day of the sync now
        assertThat(Norrland.get("/api/v1/offices/" + world.pmOffice).getString("knownUntil"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        // the article that called the old holder "Prime Minister" has its OUTDATED checker claim
        List<Map<String, Object>> found = claims(articleId);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("origin", "CHECKER").containsEntry("verdict", "OUTDATED")
                .containsEntry("person", f.name("Oskar Vellamo"));

        // what the stub saw: a descriptive User-Agent, the SPARQL JSON media type, batches of at most 20 offices
        List<SparqlStub.Seen> requests = stub.requests();
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.userAgent()).isEqualTo(SyncStubProfile.USER_AGENT);
            assertThat(r.accept()).isEqualTo("application/sparql-results+json");
            assertThat(r.path()).isEqualTo("/sparql");
            assertThat(r.offices()).hasSizeBetween(1, 20);
            assertThat(r.query()).contains("?statement ps:P39 ?office");
        });
        assertThat(requests.stream().flatMap(r -> r.offices().stream()))
                .contains(f.id("Q910000002"), f.id("Q910000003")).doesNotHaveDuplicates();
        assertThat(run.getInt("counts.requests")).isEqualTo(requests.size());
    }

    @Test
    void queries_the_offices_in_batches() {
        Norrland world = new Norrland();
        for (int i = 0; i < 25; i++) {
            world.office("Minister " + i, world.fixture.id("Q910000002") + (i + 10));
        }
        JsonPath run = Norrland.finished(sync());

        assertThat(run.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(stub.requests()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.offices()).hasSizeLessThanOrEqualTo(20));
        assertThat(run.getInt("counts.officesQueried"))
                .isEqualTo((int) stub.requests().stream().mapToLong(r -> r.offices().size()).sum());
    }

    @Test
    void a_date_that_contradicts_hand_edited_knowledge_waits_for_an_admin_who_accepts_it() {
        Norrland world = new Norrland();
        serveHolders(world.fixture);
        String syncId = Norrland.finished(sync()).getString("id");

        JsonPath proposal = proposalFor(world.larsTenure);
        assertThat(proposal.getString("syncId")).isEqualTo(syncId);
        assertThat(proposal.getString("before.start")).isEqualTo("2018-03-01");
        assertThat(proposal.getString("after.start")).isEqualTo("2018-03-04");
        assertThat(proposal.getString("reason")).contains("contradict");
        assertThat(Norrland.get("/api/v1/tenures/" + world.larsTenure).getString("start"))
                .as("held, not applied").isEqualTo("2018-03-01");
        assertThat(Norrland.get("/api/v1/knowledge").getLong("proposals")).isPositive();

        String changeId = proposal.getString("id");
        JsonPath accepted = given().when().post("/api/v1/knowledge/changes/" + changeId + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("decidedBy", equalTo("CLAIMS_ADMIN_KEY")).extract().jsonPath();
        JsonPath tenure = Norrland.get("/api/v1/tenures/" + world.larsTenure);
        assertThat(tenure.getString("start")).isEqualTo("2018-03-04");
        assertThat(tenure.getString("origin")).isEqualTo("WIKIDATA");
        assertThat(tenure.getString("source")).isEqualTo("https://www.wikidata.org/wiki/" + world.fixture.id("Q910000013"));
        JsonPath review = Norrland.finished(accepted.getString("reviewSyncId"));
        assertThat(review.getString("kind")).isEqualTo("REVIEW");
        assertThat(review.getString("state")).isEqualTo("SUCCEEDED");

        given().when().post("/api/v1/knowledge/changes/" + changeId + "/accept")
                .then().statusCode(409).body("detail", containsString("ACCEPTED, not PROPOSED"));

        // the next sync finds the tenure as Wikidata has it: confirmed, nothing proposed again
        JsonPath again = Norrland.finished(sync());
        assertThat(again.getInt("counts.proposals")).isZero();
        assertThat(again.getInt("counts.tenuresCreated")).isZero();
        assertThat(again.getInt("counts.tenuresEnded")).isZero();
        assertThat(again.getInt("counts.tenuresChanged")).isZero();
        assertThat(again.getInt("counts.peopleCreated")).isZero();
        assertThat(again.getInt("counts.officesCreated")).isZero();
        assertThat(again.getInt("counts.tenuresConfirmed")).isGreaterThanOrEqualTo(4);
        assertThat(again.getInt("recheck.articles")).as("nothing changed, nothing to re-check").isZero();
    }

    @Test
    void a_rejected_proposal_keeps_the_knowledge_and_is_not_made_again() {
        Norrland world = new Norrland();
        serveHolders(world.fixture);
        Norrland.finished(sync());
        String changeId = proposalFor(world.larsTenure).getString("id");

        given().when().post("/api/v1/knowledge/changes/" + changeId + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(Norrland.get("/api/v1/tenures/" + world.larsTenure).getString("start")).isEqualTo("2018-03-01");

        JsonPath again = Norrland.finished(sync());
        assertThat(again.getInt("counts.proposals")).isZero();
        assertThat(again.getList("skipped.reason", String.class))
                .anySatisfy(reason -> assertThat(reason).startsWith("an admin rejected these dates"));
        assertThat(Norrland.get("/api/v1/knowledge/changes?status=PROPOSED&limit=200")
                .getList("items.tenureId", String.class)).doesNotContain(world.larsTenure);
        given().when().post("/api/v1/knowledge/changes/" + changeId + "/accept").then().statusCode(409);
    }

    @Test
    void a_reviewed_claim_whose_checker_evidence_changed_is_flagged_and_left_as_reviewed() {
        Norrland world = new Norrland();
        SparqlFixture f = world.fixture;
        Map<String, Object> article = Api.article("The former " + world.adjective() + " Prime Minister "
                + f.name("Oskar Vellamo") + " opened the bridge on Friday.");
        article.put("publishedAt", "2025-06-10");
        String articleId = Api.createArticle(article);
        List<Map<String, Object>> before = claims(articleId);
        assertThat(before).as("\"former\" for a sitting holder").hasSize(1);
        assertThat(before.get(0)).containsEntry("verdict", "INACCURATE");
        String claimId = (String) before.get(0).get("id");
        Api.addReview(claimId, "INACCURATE", 0.9);
        int version = given().when().get("/api/v1/claims/" + claimId).then().extract().path("version");
        serveHolders(f);

        JsonPath run;
        try (EventStream stream = EventStream.open("/api/v1/claims/stream?articleId=" + articleId)) {
            run = Norrland.finished(sync());
            EventStream.Event event = stream.next();
            assertThat(event.name()).isEqualTo("claim.flagged");
            assertThat(event.data()).contains(claimId, "\"verdict\":\"INACCURATE\"", "\"status\":\"REVIEWED\"");
        }
        assertThat(run.getInt("recheck.claimsFlagged")).isEqualTo(1);

        JsonPath claim = Norrland.get("/api/v1/claims/" + claimId);
        assertThat(claim.getString("verdict")).as("the review stands").isEqualTo("INACCURATE");
        assertThat(claim.getString("status")).isEqualTo("REVIEWED");
        assertThat(claim.getString("annotation.verdict")).as("as reviewed").isEqualTo("INACCURATE");
        assertThat(claim.getString("evidenceChanged.since")).isNotNull();
        assertThat(claim.getString("evidenceChanged.annotation.verdict")).isEqualTo("ACCURATE");
        assertThat(claim.getString("evidenceChanged.annotation.tenures[0].end")).isEqualTo("2025-02-01");
        assertThat(claim.getInt("version")).isEqualTo(version + 1);
        assertThat(claims(articleId)).as("no new finding on a reviewed span").hasSize(1);

        Api.addReview(claimId, "ACCURATE", 0.95);
        assertThat(Norrland.get("/api/v1/claims/" + claimId).getString("evidenceChanged"))
                .as("the next review answers the flag").isNull();
    }

    @Test
    void an_empty_answer_changes_nothing_but_the_known_until_dates() {
        Norrland world = new Norrland();
        JsonPath run = Norrland.finished(sync());

        assertThat(run.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(run.getInt("counts.statements")).isZero();
        assertThat(run.getInt("counts.tenuresCreated") + run.getInt("counts.tenuresEnded")
                + run.getInt("counts.tenuresChanged") + run.getInt("counts.proposals")).isZero();
        assertFactsUnchanged(world);
        assertThat(Norrland.get("/api/v1/offices/" + world.pmOffice).getString("knownUntil"))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
    }

    @Test
    void backs_off_on_429_and_503_honouring_retry_after() {
        Norrland world = new Norrland();
        AtomicInteger calls = new AtomicInteger();
        String holders = world.fixture.text(SparqlFixture.HOLDERS);
        stub.answer(request -> switch (calls.incrementAndGet()) {
            case 1 -> SparqlStub.Reply.status(429, Map.of("Retry-After", "1"), "Too Many Requests - Please retry in 1 seconds.");
            case 2 -> SparqlStub.Reply.status(503, Map.of(), "Service Unavailable");
            default -> SparqlStub.Reply.json(SparqlStub.filtered(holders, request.offices(), Map.of()));
        });

        JsonPath run = Norrland.finished(sync());

        assertThat(run.getString("state")).isEqualTo("SUCCEEDED");
        List<Duration> gaps = stub.gaps();
        assertThat(gaps.get(0)).as("waited as Retry-After said").isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(gaps.get(1)).as("the configured backoff, without Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(180));
        assertThat(run.getInt("counts.requests")).isEqualTo(stub.requests().size());
        assertThat(Norrland.get("/api/v1/tenures/" + world.oskarTenure).getString("end")).isEqualTo("2025-02-01");
    }

    @Test
    void gives_up_when_retry_after_asks_for_too_long_or_the_endpoint_keeps_refusing() {
        Norrland world = new Norrland();
        stub.answer(request -> SparqlStub.Reply.status(429, Map.of("Retry-After", "3600"), "Too Many Requests"));
        JsonPath tooLong = Norrland.finished(sync());
        assertThat(tooLong.getString("state")).isEqualTo("FAILED");
        assertThat(tooLong.getString("error")).contains("answered 429 and asked to wait 3600 s, longer than the 5 s");
        assertThat(stub.requests()).hasSize(1);

        stub.forget();
        stub.answer(request -> SparqlStub.Reply.status(503, Map.of("Retry-After", "0"), "Service Unavailable"));
        JsonPath refused = Norrland.finished(sync());
        assertThat(refused.getString("error")).contains("answered 503 3 times in a row; the sync gave up (3 attempts)");
        assertThat(stub.requests()).hasSize(3);
        assertUnchanged(world);
    }

    @Test
    void a_timeout_fails_the_sync_and_changes_nothing() {
        Norrland world = new Norrland();
        stub.answer(request -> SparqlStub.Reply.silence());

        JsonPath run = Norrland.finished(sync());

        assertThat(run.getString("state")).isEqualTo("FAILED");
        assertThat(run.getString("error")).isEqualTo("no answer from http://127.0.0.1:" + SyncStubProfile.port()
                + "/sparql within 2.0 s");
        assertThat(run.getString("appliedAt")).isNull();
        assertUnchanged(world);
        assertThat(Norrland.get("/api/v1/knowledge/changes?syncId=" + run.getString("id")).getList("items")).isEmpty();
        // the lease was given up: the next sync starts
        stub.answer(request -> SparqlStub.Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY)));
        assertThat(Norrland.finished(sync()).getString("state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void malformed_truncated_or_impossible_answers_fail_the_sync_and_change_nothing_even_after_good_batches() {
        Norrland world = new Norrland();
        for (int i = 0; i < 25; i++) {
            world.office("Minister " + i, world.fixture.id("Q910000002") + (i + 10));
        }
        String holders = world.fixture.text(SparqlFixture.HOLDERS);
        Map<String, String> broken = Map.of(
                "malformed JSON at line", world.fixture.text(SparqlFixture.TIMED_OUT_MID_ANSWER),
                "truncated JSON", world.fixture.text(SparqlFixture.TRUNCATED),
                "impossible date in binding 0", world.fixture.text(SparqlFixture.IMPOSSIBLE_DATE),
                "not a SPARQL 1.1 JSON answer of the holder query: head.vars lacks",
                "{\"head\": {\"vars\": [\"item\"]}, \"results\": {\"bindings\": []}}");
        for (Map.Entry<String, String> answer : broken.entrySet()) {
            // the batch with the Prime Minister answers well; another batch answers this
            stub.answer(request -> request.offices().contains(world.fixture.id("Q910000002"))
                    ? SparqlStub.Reply.json(SparqlStub.filtered(holders, request.offices(), Map.of()))
                    : SparqlStub.Reply.json(answer.getValue()));

            JsonPath run = Norrland.finished(sync());

            assertThat(run.getString("state")).as(answer.getKey()).isEqualTo("FAILED");
            assertThat(run.getString("error")).as(answer.getKey()).contains(answer.getKey());
            assertUnchanged(world);
        }
        stub.answer(request -> SparqlStub.Reply.status(200, Map.of("Content-Type", "text/html"),
                "<html><body>Down for maintenance</body></html>"));
        assertThat(Norrland.finished(sync()).getString("error"))
                .contains("answered text/html, not application/sparql-results+json: <html>");
        stub.answer(request -> SparqlStub.Reply.status(400, Map.of("Content-Type", "text/plain"),
                "MalformedQueryException: Encountered \" \"}\" \"} \"\" at line 3"));
        assertThat(Norrland.finished(sync()).getString("error")).contains("answered HTTP 400: MalformedQueryException");
        assertUnchanged(world);
    }

    @Test
    void an_unreachable_endpoint_fails_the_sync() throws Exception {
        Norrland world = new Norrland();
        stub.close();
        try {
            JsonPath run = Norrland.finished(sync());
            assertThat(run.getString("state")).isEqualTo("FAILED");
            assertThat(run.getString("error")).startsWith("cannot reach http://127.0.0.1:" + SyncStubProfile.port());
            assertUnchanged(world);
        } finally {
            stub = SparqlStub.start(SyncStubProfile.port());
        }
    }

    @Test
    void a_second_sync_while_one_runs_is_refused() {
        new Norrland();
        stub.answer(request -> {
            sleep(Duration.ofMillis(1500));
            return SparqlStub.Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY));
        });
        String first = sync();
        given().when().post("/api/v1/knowledge/sync").then().statusCode(409)
                .body("detail", containsString("/api/v1/knowledge/syncs/" + first));
        assertThat(Norrland.finished(first).getString("state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void of_two_instances_scheduled_at_once_one_runs_the_sync() {
        new Norrland();
        stub.answer(request -> {
            sleep(Duration.ofMillis(300));
            return SparqlStub.Reply.json(SparqlFixture.raw(SparqlFixture.EMPTY));
        });
        String slot = "daily:test-" + UUID.randomUUID();

        // what the timers of two instances do when they fire together
        schedule.runSlot(slot);
        schedule.runSlot(slot);

        List<Map<String, Object>> runs = waitForRunsOf(slot);
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0)).containsEntry("trigger", "SCHEDULED");
        String id = (String) runs.get(0).get("id");
        assertThat(Norrland.finished(id).getString("state")).isEqualTo("SUCCEEDED");
        int requests = stub.requests().size();

        // an instance whose timer fires after the slot's sync finished does not run it again
        schedule.runSlot(slot);
        sleep(Duration.ofSeconds(1));
        assertThat(runsOf(slot)).hasSize(1);
        assertThat(stub.requests()).hasSize(requests);
    }

    @Test
    void the_knowledge_summary_names_its_sources_and_their_dates() {
        new Norrland();
        String syncId = Norrland.finished(sync()).getString("id");

        JsonPath knowledge = given().header("Authorization", "").when().get("/api/v1/knowledge")
                .then().statusCode(200).extract().jsonPath();
        assertThat(knowledge.getString("sources.wikidata.lastSync.id")).isEqualTo(syncId);
        assertThat(knowledge.getString("sources.wikidata.lastSuccessfulSync.id")).isEqualTo(syncId);
        assertThat(knowledge.getString("sources.wikidata.lastSync.state")).isEqualTo("SUCCEEDED");
        assertThat(knowledge.getString("knownUntil.max")).isGreaterThanOrEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(knowledge.getString("sync.endpoint")).isEqualTo("http://127.0.0.1:" + SyncStubProfile.port() + "/sparql");
        assertThat(knowledge.getString("sync.mode")).isEqualTo("off");
    }

    private static String sync() {
        return given().when().post("/api/v1/knowledge/sync")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/knowledge/syncs/"))
                .body("state", equalTo("RUNNING"))
                .extract().path("id");
    }

    /** The recorded answer, cut to the offices each query asks for; the Speaker's office comes with the PM's. */
    private static void serveHolders(SparqlFixture f) {
        stub.serve(f.text(SparqlFixture.HOLDERS), Map.of(f.id("Q910000002"), Set.of(f.id("Q910000004"))));
    }

    private static JsonPath proposalFor(String tenureId) {
        JsonPath proposals = Norrland.get("/api/v1/knowledge/changes?status=PROPOSED&limit=200");
        List<Map<String, Object>> items = proposals.getList("items");
        int index = -1;
        for (int i = 0; i < items.size(); i++) {
            if (tenureId.equals(items.get(i).get("tenureId"))) {
                index = i;
            }
        }
        assertThat(index).as("a proposal for tenure " + tenureId).isNotNegative();
        return Norrland.get("/api/v1/knowledge/changes/" + items.get(index).get("id"));
    }

    private static List<Map<String, Object>> claims(String articleId) {
        return given().when().get("/api/v1/articles/" + articleId + "/claims").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** The knowledge as the world made it: no sync touched it, known-until dates included. */
    private static void assertUnchanged(Norrland world) {
        assertFactsUnchanged(world);
        assertThat(Norrland.get("/api/v1/offices/" + world.pmOffice).getString("knownUntil")).isNull();
    }

    /** The tenures, people and offices as the world made them. */
    private static void assertFactsUnchanged(Norrland world) {
        assertThat(Norrland.get("/api/v1/tenures/" + world.oskarTenure).getString("end")).isNull();
        assertThat(Norrland.get("/api/v1/people/" + world.oskar).getString("wikidataId")).isNull();
        assertThat(Norrland.get("/api/v1/tenures/" + world.larsTenure).getString("start")).isEqualTo("2018-03-01");
        assertThat(Norrland.personNamed(world.fixture.name("Hedda Lindqvist"))).isNull();
    }

    private static List<Map<String, Object>> runsOf(String slot) {
        List<Map<String, Object>> runs = Norrland.get("/api/v1/knowledge/syncs?limit=200").getList("items");
        List<Map<String, Object>> ofSlot = new ArrayList<>();
        for (Map<String, Object> run : runs) {
            if (slot.equals(run.get("slot"))) {
                ofSlot.add(run);
            }
        }
        return ofSlot;
    }

    private static List<Map<String, Object>> waitForRunsOf(String slot) {
        for (int i = 0; i < 100; i++) {
            List<Map<String, Object>> runs = runsOf(slot);
            if (!runs.isEmpty()) {
                sleep(Duration.ofMillis(500)); // time for a second one, were there one
                return runsOf(slot);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new AssertionError("no run of " + slot);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
