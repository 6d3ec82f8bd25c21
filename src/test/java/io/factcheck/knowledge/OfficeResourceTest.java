package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
class OfficeResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void creates_an_office_and_serves_it_back_with_its_name() {
        String t = KnowledgeApi.unique();
        Map<String, Object> office = KnowledgeApi.office("Prime Minister", "Testland " + t);
        office.put("adjectives", List.of("Testlandic"));
        office.put("aliases", List.of("Testlandic PM", "Prime Minister of the Testland " + t));
        office.put("wikidataId", KnowledgeApi.uniqueWikidataId());

        String location = given().contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/offices")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("title", equalTo("Prime Minister"))
                .body("jurisdiction", equalTo("Testland " + t))
                .body("name", equalTo("Prime Minister of the Testland " + t))
                .body("adjectives", contains("Testlandic"))
                .body("aliases", contains("Testlandic PM", "Prime Minister of the Testland " + t))
                .body("wikidataId", equalTo(office.get("wikidataId")))
                .body("key", nullValue());
    }

    @Test
    void names_a_shipped_office_by_its_curated_alias() {
        given().queryParam("q", "Nikki Haley")
                .when().get("/api/v1/people")
                .then().statusCode(200)
                .body("items[0].tenures.office.name", contains("United States Ambassador to the United Nations"));
    }

    @Test
    void pages_offices_newest_first_with_a_cursor() {
        String t = KnowledgeApi.unique();
        String older = KnowledgeApi.createOffice("Older " + t, null);
        String newer = KnowledgeApi.createOffice("Newer " + t, null);

        String next = given().queryParam("limit", 1)
                .when().get("/api/v1/offices")
                .then().statusCode(200)
                .body("items.id", contains(newer))
                .body("items[0].name", equalTo("Newer " + t))
                .extract().path("next");
        given().queryParam("limit", 1).queryParam("cursor", next)
                .when().get("/api/v1/offices")
                .then().statusCode(200)
                .body("items.id", contains(older));
    }

    @Test
    void replaces_an_office() {
        String t = KnowledgeApi.unique();
        String id = KnowledgeApi.createOffice("Mayor " + t, "Oldtown");

        given().contentType(ContentType.JSON).body(KnowledgeApi.office("Lord Mayor " + t, "Newtown"))
                .when().put("/api/v1/offices/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Lord Mayor " + t + " of Newtown"))
                .body("version", equalTo(1));
    }

    @Test
    void deletes_an_office_with_every_term_of_it() {
        String t = KnowledgeApi.unique();
        String officeId = KnowledgeApi.createOffice("Deleted Office " + t, "Testland");
        String personId = KnowledgeApi.createPerson("Former Holder " + t);
        String tenureId = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2000-01-01", null, "DAY"));

        given().when().delete("/api/v1/offices/" + officeId).then().statusCode(204);
        given().when().get("/api/v1/offices/" + officeId).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/tenures/" + tenureId).then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/people/" + personId).then().statusCode(200).body("tenures.size()", equalTo(0));
    }

    @Test
    void answers_404_problem_for_an_unknown_office() {
        String id = UUID.randomUUID().toString();
        given().when().get("/api/v1/offices/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No office with id " + id));
        given().contentType(ContentType.JSON).body(KnowledgeApi.office("Nothing", null))
                .when().put("/api/v1/offices/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().delete("/api/v1/offices/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/offices/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejects_malformed_json_and_wrong_types_with_400() {
        given().contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/offices")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("title", "Typed", "adjectives", Map.of("a", 1)))
                .when().post("/api/v1/offices")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("adjectives"));
    }

    @Test
    void rejects_a_missing_title_with_422() {
        given().contentType(ContentType.JSON).body(Map.of("jurisdiction", "Testland"))
                .when().post("/api/v1/offices")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("title"));
    }

    @Test
    void answers_409_when_another_office_has_the_wikidata_id() {
        String t = KnowledgeApi.unique();
        Map<String, Object> office = KnowledgeApi.office("Unique Office " + t, null);
        office.put("wikidataId", KnowledgeApi.uniqueWikidataId());
        KnowledgeApi.createOffice(office);
        String other = KnowledgeApi.createOffice("Other Office " + t, null);

        given().contentType(ContentType.JSON).body(office)
                .when().put("/api/v1/offices/" + other)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString((String) office.get("wikidataId")));
    }

    @Test
    void rejects_a_bad_limit_or_cursor_with_400() {
        given().queryParam("limit", 201).when().get("/api/v1/offices")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "%%%").when().get("/api/v1/offices")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("cursor"));
    }
}
