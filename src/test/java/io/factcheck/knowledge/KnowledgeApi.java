package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.http.ContentType;

/** Builds knowledge-base test data through the public API, as a client would; every test makes its own. */
final class KnowledgeApi {

    private KnowledgeApi() {
    }

    private static final AtomicLong WIKIDATA_IDS = new AtomicLong(700_000_000L + new Random().nextInt(100_000_000));

    /** A Wikidata item id no other test uses (the test database is new for every run). */
    static String uniqueWikidataId() {
        return "Q" + WIKIDATA_IDS.incrementAndGet();
    }

    /** A short token that makes a test's names its own. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String name, String... aliases) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("aliases", List.of(aliases));
        person.put("description", "Test person");
        return person;
    }

    static String createPerson(String name, String... aliases) {
        return given().contentType(ContentType.JSON).body(person(name, aliases))
                .when().post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> office(String title, String jurisdiction) {
        Map<String, Object> office = new HashMap<>();
        office.put("title", title);
        office.put("jurisdiction", jurisdiction);
        office.put("adjectives", List.of());
        office.put("aliases", List.of());
        return office;
    }

    static String createOffice(String title, String jurisdiction) {
        return createOffice(office(title, jurisdiction));
    }

    static String createOffice(Map<String, Object> office) {
        return given().contentType(ContentType.JSON).body(office)
                .when().post("/api/v1/offices")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> tenure(String officeId, String start, String end, String precision) {
        Map<String, Object> tenure = new HashMap<>();
        tenure.put("officeId", officeId);
        tenure.put("start", start);
        tenure.put("end", end);
        tenure.put("precision", precision);
        tenure.put("source", "https://example.org/terms/" + officeId);
        return tenure;
    }

    static String createTenure(String personId, Map<String, Object> tenure) {
        return given().contentType(ContentType.JSON).body(tenure)
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(201).extract().path("id");
    }
}
