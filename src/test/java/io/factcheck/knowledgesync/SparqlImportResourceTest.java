package io.factcheck.knowledgesync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.factcheck.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** POST /knowledge/import/sparql: the offline way in, with the same change set as a sync. */
@QuarkusTest
class SparqlImportResourceTest {

    private static final String IMPORT = "/api/v1/knowledge/import/sparql";
    private static final String SPARQL_JSON = "application/sparql-results+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void imports_an_answer_creating_the_offices_and_people_it_does_not_know() {
        Norrland world = new Norrland();
        SparqlFixture f = world.fixture;

        JsonPath run = post(f.text(SparqlFixture.HOLDERS), SPARQL_JSON, "2025-12-31").statusCode(200)
                .body("kind", equalTo("IMPORT"))
                .body("asOf", equalTo("2025-12-31"))
                .body("counts.statements", equalTo(5))
                .body("counts.officesCreated", equalTo(1))
                .body("counts.peopleCreated", equalTo(2))
                .body("counts.tenuresCreated", equalTo(2))
                .body("counts.tenuresEnded", equalTo(1))
                .body("counts.proposals", equalTo(1))
                .body("counts.skipped", equalTo(1))
                .body("skipped[0].statement", equalTo(f.statement("Q910000015", "0B9E8D7C-6A5F-4E3D-8C2B-1A0F9E8D7C6B")))
                .body("skipped[0].reason", equalTo("no known start time (P580)"))
                .extract().jsonPath();

        JsonPath changes = Norrland.get("/api/v1/knowledge/changes?limit=200&syncId=" + run.getString("id"));
        String speakerId = changes.getString("items.find { it.kind == 'OFFICE_ADDED' }.office.id");
        JsonPath speaker = Norrland.get("/api/v1/offices/" + speakerId);
        assertThat(speaker.getString("title")).isEqualTo(f.name("Speaker of the Norrland Parliament"));
        assertThat(speaker.getString("jurisdiction")).isEqualTo(f.name("Norrland"));
        assertThat(speaker.getString("wikidataId")).isEqualTo(f.id("Q910000004"));
        assertThat(speaker.getString("knownUntil")).isEqualTo("2025-12-31");
        JsonPath ebba = Norrland.personNamed(f.name("Ebba Sund"));
        assertThat(ebba.getString("tenures[0].office.id")).isEqualTo(speakerId);
        assertThat(ebba.getString("tenures[0].start")).isEqualTo("2022-10-01");
        assertThat(ebba.getString("tenures[0].precision")).isEqualTo("MONTH");
        assertThat(Norrland.get("/api/v1/offices/" + world.pmOffice).getString("knownUntil")).isEqualTo("2025-12-31");
        assertThat(Norrland.finished(run.getString("id")).getString("state")).isEqualTo("SUCCEEDED");
    }

    @Test
    void importing_the_same_answer_twice_changes_nothing() {
        Norrland world = new Norrland();
        String answer = world.fixture.text(SparqlFixture.HOLDERS);
        Norrland.finished(post(answer, SPARQL_JSON, null).statusCode(200).extract().path("id"));
        JsonPath hedda = Norrland.personNamed(world.fixture.name("Hedda Lindqvist"));

        JsonPath again = post(answer, "application/json", null).statusCode(200).extract().jsonPath();

        assertThat(again.getInt("counts.peopleCreated")).isZero();
        assertThat(again.getInt("counts.officesCreated")).isZero();
        assertThat(again.getInt("counts.tenuresCreated")).isZero();
        assertThat(again.getInt("counts.tenuresEnded")).isZero();
        assertThat(again.getInt("counts.tenuresChanged")).isZero();
        assertThat(again.getInt("counts.proposals")).as("the open proposal is not made twice").isZero();
        assertThat(again.getInt("counts.tenuresConfirmed")).as("all but the proposal's").isEqualTo(3);
        assertThat(again.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(Norrland.get("/api/v1/knowledge/changes?limit=200&syncId=" + again.getString("id"))
                .getList("items")).isEmpty();
        JsonPath heddaAgain = Norrland.personNamed(world.fixture.name("Hedda Lindqvist"));
        assertThat(heddaAgain.getList("tenures")).hasSize(1);
        assertThat(heddaAgain.getInt("tenures[0].version")).isEqualTo(hedda.getInt("tenures[0].version"));
        assertThat(Norrland.get("/api/v1/knowledge/changes?status=PROPOSED&limit=200").getList("items.tenureId"))
                .containsOnlyOnce(world.larsTenure);
    }

    @Test
    void refuses_what_is_not_the_holder_query_answer_and_changes_nothing() {
        Norrland world = new Norrland();
        SparqlFixture f = world.fixture;
        post(f.text(SparqlFixture.TRUNCATED), SPARQL_JSON, null).statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("truncated JSON"));
        post(f.text(SparqlFixture.TIMED_OUT_MID_ANSWER), SPARQL_JSON, null).statusCode(400)
                .body("errors[0].message", containsString("malformed JSON at line"));
        post("", SPARQL_JSON, null).statusCode(400);
        post(f.text(SparqlFixture.IMPOSSIBLE_DATE), SPARQL_JSON, null).statusCode(422)
                .body("errors[0].message", containsString("\"2025-02-30T00:00:00Z\" is not a calendar date"));
        post("{\"head\": {\"vars\": [\"item\"]}, \"results\": {\"bindings\": []}}", SPARQL_JSON, null).statusCode(422)
                .body("errors[0].message", containsString("head.vars lacks person"));
        post(f.text(SparqlFixture.HOLDERS), "text/plain", null).statusCode(415);
        post(f.text(SparqlFixture.HOLDERS), SPARQL_JSON, "2999-01-01").statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        post(f.text(SparqlFixture.HOLDERS), SPARQL_JSON, "yesterday").statusCode(400);

        assertThat(Norrland.get("/api/v1/tenures/" + world.oskarTenure).getString("end")).isNull();
        assertThat(Norrland.personNamed(f.name("Hedda Lindqvist"))).isNull();
    }

    @Test
    void needs_an_admin_key() {
        Norrland world = new Norrland();
        String editor = TestKeys.issue("import-editor-" + world.fixture.tag, "editor");
        TestKeys.sendNoKeyByDefault();
        given().contentType(SPARQL_JSON).body(world.fixture.text(SparqlFixture.HOLDERS))
                .when().post(IMPORT).then().statusCode(401);
        given().header("Authorization", TestKeys.bearer(editor)).contentType(SPARQL_JSON)
                .body(world.fixture.text(SparqlFixture.HOLDERS)).when().post(IMPORT).then().statusCode(403);
        given().when().post("/api/v1/knowledge/sync").then().statusCode(401);
        given().when().post("/api/v1/knowledge/changes/" + java.util.UUID.randomUUID() + "/accept").then()
                .statusCode(401);
        assertThat(Norrland.personNamed(world.fixture.name("Hedda Lindqvist"))).isNull();
    }

    @Test
    void the_knowledge_summary_is_public_and_tells_the_shipped_version_counts_and_dates() {
        io.factcheck.knowledge.KnowledgeFileHeader shipped = io.factcheck.knowledge.KnowledgeFileHeader.shipped();
        Norrland world = new Norrland();
        String importId = post(world.fixture.text(SparqlFixture.HOLDERS), SPARQL_JSON, null).statusCode(200)
                .extract().path("id");
        TestKeys.sendNoKeyByDefault();

        JsonPath knowledge = given().when().get("/api/v1/knowledge").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue()).extract().jsonPath();

        assertThat(knowledge.getString("version")).isEqualTo(shipped.version());
        assertThat(knowledge.getString("asOf")).isEqualTo(shipped.asOf().toString());
        // at least the shipped file's rows (other tests and this import add some)
        io.factcheck.knowledge.KnowledgeFile file = io.factcheck.knowledge.KnowledgeFile.read(
                getClass().getResourceAsStream("/knowledge/knowledge.json"));
        assertThat(knowledge.getLong("counts.people")).isGreaterThanOrEqualTo(file.people().size());
        assertThat(knowledge.getLong("counts.offices")).isGreaterThanOrEqualTo(file.offices().size());
        assertThat(knowledge.getLong("counts.tenures")).isGreaterThanOrEqualTo(file.tenures().size());
        assertThat(knowledge.getString("knownUntil.min")).isNotNull()
                .isLessThanOrEqualTo(knowledge.getString("knownUntil.max"));
        assertThat(knowledge.getString("sources.shipped.version")).isEqualTo(shipped.version());
        assertThat(knowledge.getString("sources.shipped.about")).isEqualTo(shipped.about());
        assertThat(knowledge.getString("sources.shipped.loadedAt")).isNotNull();
        assertThat(knowledge.getLong("sources.shipped.tenures")).isGreaterThan(file.tenures().size() * 9L / 10);
        assertThat(knowledge.getLong("sources.api.tenures")).isPositive();
        assertThat(knowledge.getString("sources.api.lastEditAt")).isNotNull();
        assertThat(knowledge.getLong("sources.wikidata.tenures")).isPositive();
        assertThat(knowledge.getString("sources.wikidata.lastChangeAt")).isNotNull();
        assertThat(knowledge.getString("sources.wikidata.lastImport.id")).isEqualTo(importId);
        assertThat(knowledge.getString("sync.mode")).isEqualTo("off");
        assertThat(knowledge.getString("sync.endpoint")).isEqualTo("https://query.wikidata.org/sparql");
        assertThat(knowledge.getLong("proposals")).isPositive();

        String etag = given().when().get("/api/v1/knowledge").then().extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/knowledge").then().statusCode(304);
    }

    private static ValidatableResponse post(String body, String contentType, String asOf) {
        var request = given().contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.when().post(IMPORT).then();
    }
}
