package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class PersonResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creates_a_person_and_serves_it_back() {
        String t = KnowledgeApi.unique();
        Map<String, Object> person = KnowledgeApi.person("Created Person " + t, "C. Person " + t, "c. person " + t);
        String location = given().contentType(ContentType.JSON).body(person)
                .when().post("/api/v1/people")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("key", nullValue())
                .body("version", equalTo(0))
                .body("aliases", contains("C. Person " + t))
                .body("tenures", empty())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("name", equalTo("Created Person " + t))
                .body("description", equalTo("Test person"))
                .body("tenures", empty());
    }

    @Test
    void embeds_each_tenure_with_its_office_id_and_name_oldest_first() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Office Holder " + t);
        String officeId = KnowledgeApi.createOffice("Chancellor " + t, "Testland");
        KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2015-03-01", null, "DAY"));
        KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2001-06-15", "2005-06-15", "DAY"));

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures", hasSize(2))
                .body("tenures[0].start", equalTo("2001-06-15"))
                .body("tenures[0].end", equalTo("2005-06-15"))
                .body("tenures[0].office.id", equalTo(officeId))
                .body("tenures[0].office.name", equalTo("Chancellor " + t + " of Testland"))
                .body("tenures[1].start", equalTo("2015-03-01"))
                .body("tenures[1].end", nullValue())
                .body("tenures[1].personId", equalTo(personId));
    }

    @Test
    void finds_people_by_name_or_alias_case_insensitively() {
        String t = KnowledgeApi.unique();
        String byName = KnowledgeApi.createPerson("Searchable Name " + t);
        String byAlias = KnowledgeApi.createPerson("Other Person " + t, "Searchable Alias " + t);
        KnowledgeApi.createPerson("Unrelated " + t);

        given().queryParam("q", "SEARCHABLE name " + t)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.id", contains(byName))
                .body("next", nullValue());
        given().queryParam("q", "searchable alias " + t.toUpperCase())
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.id", contains(byAlias));
        given().queryParam("q", "searchable")
                .queryParam("limit", 200)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.findAll { it.name.endsWith('" + t + "') }.id", contains(byAlias, byName));
    }

    @Test
    void pages_people_with_a_cursor() {
        String t = KnowledgeApi.unique();
        String first = KnowledgeApi.createPerson("Paged " + t + " one");
        String second = KnowledgeApi.createPerson("Paged " + t + " two");
        String third = KnowledgeApi.createPerson("Paged " + t + " three");

        String next = given().queryParam("q", "paged " + t).queryParam("limit", 2)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("next", notNullValue())
                .extract().path("next");
        given().queryParam("q", "paged " + t).queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("next", nullValue());
    }

    @Test
    void replaces_a_person_and_keeps_their_tenures() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Before " + t, "Old Alias " + t);
        String officeId = KnowledgeApi.createOffice("Speaker " + t, "Testland");
        KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2010-01-01", null, "YEAR"));
        Map<String, Object> replacement = Map.of("name", "After " + t, "aliases", List.of("New Alias " + t),
                "wikidataId", KnowledgeApi.uniqueWikidataId());

        given().contentType(ContentType.JSON).body(replacement)
                .when().put("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("name", equalTo("After " + t))
                .body("aliases", contains("New Alias " + t))
                .body("wikidataId", equalTo(replacement.get("wikidataId")))
                .body("description", nullValue())
                .body("version", equalTo(1))
                .body("tenures", hasSize(1));
        given().queryParam("q", "old alias " + t)
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void deletes_a_person_with_their_tenures() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Deleted " + t);
        String officeId = KnowledgeApi.createOffice("Treasurer " + t, "Testland");
        String tenureId = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2010-01-01", null, "DAY"));

        given().when().delete("/api/v1/people/" + personId).then().statusCode(204);
        given().when().get("/api/v1/people/" + personId).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/tenures/" + tenureId).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/offices/" + officeId).then().statusCode(200);
    }

    @Test
    void answers_404_problem_for_an_unknown_person() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/people/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:claims-api:problem:not-found"))
                .body("detail", equalTo("No person with id " + id));
        given().contentType(ContentType.JSON).body(KnowledgeApi.person("Nobody"))
                .when().put("/api/v1/people/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().delete("/api/v1/people/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejects_malformed_json_with_400() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Broken\"")
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:claims-api:problem:malformed-request"));
    }

    @Test
    void rejects_wrong_types_with_400_naming_the_field() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Typed", "aliases", "not a list"))
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("aliases"))
                .body("errors[0].message", equalTo("must be an array"));
        given().contentType(ContentType.JSON).body(Map.of("name", Map.of("first", "Typed")))
                .when().post("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void rejects_missing_or_invalid_fields_with_422() {
        given().contentType(ContentType.JSON).body(Map.of("aliases", List.of("Nameless")))
                .when().post("/api/v1/people")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("name"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Bad Wikidata", "wikidataId", "P39"))
                .when().post("/api/v1/people")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("wikidataId"))
                .body("errors[0].message", containsString("Wikidata item id"));
        given().contentType(ContentType.JSON).body(Map.of("name", "Blank Alias", "aliases", List.of("")))
                .when().post("/api/v1/people")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("aliases[0]"));
    }

    @Test
    void answers_409_when_another_person_has_the_wikidata_id() {
        String wikidataId = KnowledgeApi.uniqueWikidataId();
        Map<String, Object> first = Map.of("name", "First Holder", "wikidataId", wikidataId);
        given().contentType(ContentType.JSON).body(first).when().post("/api/v1/people").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("name", "Second Holder", "wikidataId", wikidataId))
                .when().post("/api/v1/people")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString(wikidataId));
    }

    @Test
    void rejects_a_bad_limit_or_cursor_with_400() {
        given().queryParam("limit", 0).when().get("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "many").when().get("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/people")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void rejects_a_body_that_is_not_json_with_415() {
        given().contentType(ContentType.TEXT).body("Hun Sen")
                .when().post("/api/v1/people")
                .then().statusCode(415).contentType(PROBLEM);
    }
}
