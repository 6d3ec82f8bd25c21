package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class WikidataImportResourceTest {

    private static final String IMPORT = "/api/v1/knowledge/import/wikidata";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void imports_a_person_and_the_positions_they_held_from_special_entity_data() {
        WikidataFixture fixture = new WikidataFixture();
        String personId = post(fixture.json(WikidataFixture.ENTITY_DATA)).statusCode(200)
                .body("peopleCreated", equalTo(1))
                .body("officesCreated", equalTo(3))
                .body("tenuresCreated", equalTo(3))
                .body("people", hasSize(1))
                .body("people[0].name", equalTo(fixture.name("Ilse Marwick")))
                .body("people[0].wikidataId", equalTo(fixture.id("Q900000001")))
                .extract().path("people[0].id");

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("aliases", contains(fixture.name("Ilse J. Marwick"), fixture.name("I. J. Marwick")))
                .body("description", equalTo(fixture.name("fictional politician of Westland, made up for tests")))
                .body("tenures.office.name", contains(fixture.name("Mayor of Northhaven"),
                        fixture.name("Governor of Eastmarch"), fixture.name("Prime Minister of Westland")))
                .body("tenures.source", hasItem("https://www.wikidata.org/wiki/" + fixture.id("Q900000001")))
                .body("tenures[0].wikidataStatementId",
                        equalTo(fixture.id("Q900000001") + "$6F1C2B8E-0D4A-4B1E-9A57-3C1D2E4F5A61"));
    }

    @Test
    void keeps_the_precision_of_each_date() {
        WikidataFixture fixture = new WikidataFixture();
        String personId = post(fixture.json(WikidataFixture.ENTITY_DATA)).statusCode(200)
                .extract().path("people[0].id");

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures[0].start", equalTo("2009-05-14"))
                .body("tenures[0].end", equalTo("2013-05-14"))
                .body("tenures[0].precision", equalTo("DAY"))
                // start known to the year, end to the month: the tenure takes the coarser, YEAR
                .body("tenures[1].start", equalTo("2013-01-01"))
                .body("tenures[1].end", equalTo("2017-01-01"))
                .body("tenures[1].precision", equalTo("YEAR"))
                .body("tenures[2].start", equalTo("2019-03-01"))
                .body("tenures[2].end", nullValue())
                .body("tenures[2].precision", equalTo("MONTH"));
    }

    @Test
    void skips_deprecated_statements_and_those_it_cannot_place_and_says_why() {
        WikidataFixture fixture = new WikidataFixture();
        String person = fixture.id("Q900000001");
        post(fixture.json(WikidataFixture.ENTITY_DATA)).statusCode(200)
                .body("skipped", hasSize(3))
                .body("skipped.entity", contains(person, person, person))
                .body("skipped.find { it.statement == '" + person + "$9C4F5EB1-3A7D-4E41-AD8A-6F4A5B7C8D94' }.reason",
                        equalTo("deprecated rank"))
                .body("skipped.find { it.statement == '" + person + "$AD5A6FC2-4B8E-4F52-BE9B-7A5B6C8D9EA5' }.reason",
                        containsString("position " + fixture.id("Q900000005") + " is not in the knowledge base"))
                .body("skipped.find { it.statement == '" + person + "$BE6B7AD3-5C9F-4A63-8FAC-8B6C7D9EAFB6' }.reason",
                        equalTo("no known start time (P580)"));
    }

    @Test
    void imports_the_same_entity_twice_without_duplicates() {
        WikidataFixture fixture = new WikidataFixture();
        String json = fixture.json(WikidataFixture.ENTITY_DATA);
        String personId = post(json).statusCode(200).extract().path("people[0].id");

        post(json).statusCode(200)
                .body("peopleCreated", equalTo(0))
                .body("peopleUpdated", equalTo(0))
                .body("peopleUnchanged", equalTo(1))
                .body("officesCreated", equalTo(0))
                .body("tenuresCreated", equalTo(0))
                .body("tenuresUpdated", equalTo(0))
                .body("tenuresUnchanged", equalTo(3))
                .body("people[0].id", equalTo(personId));

        given().queryParam("q", fixture.name("Ilse Marwick"))
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].tenures", hasSize(3))
                .body("items[0].version", equalTo(0));
    }

    @Test
    void updates_a_tenure_whose_statement_changed_on_re_import() {
        WikidataFixture fixture = new WikidataFixture();
        String json = fixture.json(WikidataFixture.ENTITY_DATA);
        String personId = post(json).statusCode(200).extract().path("people[0].id");

        post(json.replace("+2013-05-14T00:00:00Z", "+2013-06-30T00:00:00Z")).statusCode(200)
                .body("tenuresCreated", equalTo(0))
                .body("tenuresUpdated", equalTo(1))
                .body("tenuresUnchanged", equalTo(2));

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures", hasSize(3))
                .body("tenures[0].end", equalTo("2013-06-30"))
                .body("tenures[0].version", equalTo(1));
    }

    @Test
    void imports_a_single_entity_into_an_office_the_knowledge_base_has() {
        WikidataFixture fixture = new WikidataFixture();
        Map<String, Object> office = KnowledgeApi.office("Chief Justice", fixture.name("Westland"));
        office.put("wikidataId", fixture.id("Q900000006"));
        String officeId = KnowledgeApi.createOffice(office);

        String personId = post(fixture.json(WikidataFixture.SINGLE_ENTITY)).statusCode(200)
                .body("peopleCreated", equalTo(1))
                .body("officesCreated", equalTo(0))
                .body("tenuresCreated", equalTo(1))
                .body("skipped", hasSize(1))
                .body("skipped[0].reason", containsString(fixture.id("Q900000007")))
                .extract().path("people[0].id");

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures", hasSize(1))
                .body("tenures[0].office.id", equalTo(officeId))
                .body("tenures[0].office.name", equalTo("Chief Justice of " + fixture.name("Westland")))
                .body("tenures[0].start", equalTo("2021-01-20"));
    }

    @Test
    void links_a_person_office_and_term_already_entered_instead_of_duplicating_them() {
        WikidataFixture fixture = new WikidataFixture();
        String personId = KnowledgeApi.createPerson(fixture.name("Ilse Marwick"), "Madam Mayor");
        String officeId = KnowledgeApi.createOffice("Prime Minister", fixture.name("Westland"));
        String tenureId = KnowledgeApi.createTenure(personId,
                KnowledgeApi.tenure(officeId, "2019-03-01", null, "MONTH"));

        post(fixture.json(WikidataFixture.ENTITY_DATA)).statusCode(200)
                .body("peopleCreated", equalTo(0))
                .body("peopleUpdated", equalTo(1))
                .body("officesCreated", equalTo(2))
                .body("officesLinked", equalTo(1))
                .body("tenuresCreated", equalTo(2))
                .body("tenuresUpdated", equalTo(1))
                .body("people[0].id", equalTo(personId));

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("wikidataId", equalTo(fixture.id("Q900000001")))
                .body("aliases", containsInAnyOrder("Madam Mayor", fixture.name("Ilse J. Marwick"),
                        fixture.name("I. J. Marwick")))
                .body("tenures", hasSize(3))
                .body("tenures.find { it.id == '" + tenureId + "' }.office.id", equalTo(officeId))
                .body("tenures.find { it.id == '" + tenureId + "' }.source",
                        equalTo("https://www.wikidata.org/wiki/" + fixture.id("Q900000001")));
        given().when().get("/api/v1/offices/" + officeId)
                .then().statusCode(200)
                .body("wikidataId", equalTo(fixture.id("Q900000004")));
    }

    @Test
    void rejects_a_body_that_is_not_wikidata_entity_json_with_422() {
        for (String body : new String[] { "[]", "{\"entities\": []}", "{\"entities\": {}}", "{\"labels\": {}}",
                "{\"id\": \"P39\"}" }) {
            post(body).statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("urn:claims-api:problem:unprocessable"));
        }
    }

    @Test
    void rejects_malformed_json_with_400() {
        post("{\"entities\": {").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejects_a_body_that_is_not_json_with_415() {
        given().contentType(ContentType.TEXT).body("Q7747")
                .when().post(IMPORT)
                .then().statusCode(415).contentType(PROBLEM);
    }

    private static ValidatableResponse post(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post(IMPORT).then();
    }

    @Test
    void rejects_a_nul_character_anywhere_in_the_entity_json() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"Q1\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\"A\\u0000B\"}}}")
                .when().post("/api/v1/knowledge/import/wikidata")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body.labels.en.value"));
    }
}
