package io.factcheck.knowledge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class TenureResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void adds_a_tenure_to_a_person_and_serves_it_back() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Tenured " + t);
        String officeId = KnowledgeApi.createOffice("Governor " + t, "Testland");
        Map<String, Object> tenure = KnowledgeApi.tenure(officeId, "2019-03-04", "2023-03-04", "DAY");
        tenure.put("note", "acting until confirmed");

        String location = given().contentType(ContentType.JSON).body(tenure)
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("personId", equalTo(personId))
                .body("office.id", equalTo(officeId))
                .body("office.name", equalTo("Governor " + t + " of Testland"))
                .body("version", equalTo(0))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("start", equalTo("2019-03-04"))
                .body("end", equalTo("2023-03-04"))
                .body("precision", equalTo("DAY"))
                .body("source", equalTo("https://example.org/terms/" + officeId))
                .body("note", equalTo("acting until confirmed"));
    }

    @Test
    void stores_month_and_year_dates_as_the_first_day() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Imprecise " + t);
        String officeId = KnowledgeApi.createOffice("Minister " + t, "Testland");

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2003-03-17", "2012-08-20", "MONTH"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(201)
                .body("start", equalTo("2003-03-01"))
                .body("end", equalTo("2012-08-01"))
                .body("precision", equalTo("MONTH"));
        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "1991-07-09", "1994-12-31", "YEAR"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(201)
                .body("start", equalTo("1991-01-01"))
                .body("end", equalTo("1994-01-01"));
    }

    @Test
    void replaces_a_tenure_and_keeps_its_person() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Replaced Term " + t);
        String officeId = KnowledgeApi.createOffice("Senator " + t, "Testland");
        String otherOfficeId = KnowledgeApi.createOffice("Consul " + t, "Testland");
        String tenureId = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2010-01-01", null, "DAY"));

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(otherOfficeId, "2010-01-01", "2011-01-01", "DAY"))
                .when().put("/api/v1/tenures/" + tenureId)
                .then().statusCode(200)
                .body("personId", equalTo(personId))
                .body("office.name", equalTo("Consul " + t + " of Testland"))
                .body("end", equalTo("2011-01-01"))
                .body("version", equalTo(1));
    }

    @Test
    void deletes_a_tenure() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Shortened " + t);
        String officeId = KnowledgeApi.createOffice("Envoy " + t, "Testland");
        String kept = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2001-01-01", "2002-01-01", "DAY"));
        String deleted = KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2005-01-01", null, "DAY"));

        given().when().delete("/api/v1/tenures/" + deleted).then().statusCode(204);
        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures.id", contains(kept));
    }

    @Test
    void rejects_an_end_that_is_not_after_the_start_with_422() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Backwards " + t);
        String officeId = KnowledgeApi.createOffice("Regent " + t, "Testland");

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-05-01", "2019-05-01", "DAY"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", equalTo("must be after start"));
        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-05-01", "2020-05-01", "DAY"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-02-01", "2020-11-30", "YEAR"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].message", containsString("first day of their year"));
    }

    @Test
    void rejects_an_unknown_office_with_422() {
        String personId = KnowledgeApi.createPerson("Officeless " + KnowledgeApi.unique());

        given().contentType(ContentType.JSON)
                .body(KnowledgeApi.tenure(UUID.randomUUID().toString(), "2020-01-01", null, "DAY"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("officeId"))
                .body("errors[0].message", equalTo("no office with this id"));
    }

    @Test
    void rejects_an_unknown_precision_with_400() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Vague " + t);
        String officeId = KnowledgeApi.createOffice("Vizier " + t, "Testland");

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-01-01", null, "DECADE"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("precision"))
                .body("errors[0].message", equalTo("must be one of [DAY, MONTH, YEAR]"));
    }

    @Test
    void rejects_dates_that_are_not_yyyy_mm_dd_with_400() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Misdated " + t);
        String officeId = KnowledgeApi.createOffice("Marshal " + t, "Testland");

        for (String date : new String[] { "2020/01/01", "2020-02-30", "01-02-2020", "2020-1-2" }) {
            given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, date, null, "DAY"))
                    .when().post("/api/v1/people/" + personId + "/tenures")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("start"))
                    .body("errors[0].message", equalTo("must be a date (YYYY-MM-DD)"));
        }
    }

    @Test
    void rejects_a_source_that_is_not_an_http_url_with_422() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Unsourced " + t);
        String officeId = KnowledgeApi.createOffice("Steward " + t, "Testland");
        Map<String, Object> tenure = KnowledgeApi.tenure(officeId, "2020-01-01", null, "DAY");
        tenure.put("source", "ftp://example.org/terms");

        given().contentType(ContentType.JSON).body(tenure)
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("source"))
                .body("errors[0].message", equalTo("must be an http(s) URL"));
    }

    @Test
    void rejects_missing_fields_with_422() {
        String personId = KnowledgeApi.createPerson("Incomplete " + KnowledgeApi.unique());

        given().contentType(ContentType.JSON).body(Map.of("note", "nothing else"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItems("officeId", "start", "precision", "source"));
    }

    @Test
    void rejects_malformed_json_and_wrong_types_with_400() {
        String personId = KnowledgeApi.createPerson("Garbled " + KnowledgeApi.unique());

        given().contentType(ContentType.JSON).body("{\"officeId\": [")
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("officeId", "not-a-uuid", "start", "2020-01-01"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("officeId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void answers_404_for_an_unknown_person_or_tenure() {
        String officeId = KnowledgeApi.createOffice("Clerk " + KnowledgeApi.unique(), "Testland");
        Map<String, Object> tenure = KnowledgeApi.tenure(officeId, "2020-01-01", null, "DAY");
        String id = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).body(tenure)
                .when().post("/api/v1/people/" + id + "/tenures")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No person with id " + id));
        given().when().get("/api/v1/tenures/" + id)
                .then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(tenure)
                .when().put("/api/v1/tenures/" + id)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("No tenure with id " + id));
        given().when().delete("/api/v1/tenures/" + id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void answers_409_for_the_same_term_entered_twice() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Twice " + t);
        String officeId = KnowledgeApi.createOffice("Chair " + t, "Testland");
        KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2020-01-01", null, "DAY"));

        given().contentType(ContentType.JSON).body(KnowledgeApi.tenure(officeId, "2020-01-01", "2021-01-01", "DAY"))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("2020-01-01"));
    }

    @Test
    void embeds_no_end_for_a_term_still_running() {
        String t = KnowledgeApi.unique();
        String personId = KnowledgeApi.createPerson("Incumbent " + t);
        String officeId = KnowledgeApi.createOffice("President " + t, "Testland");
        KnowledgeApi.createTenure(personId, KnowledgeApi.tenure(officeId, "2024-06-01", null, "DAY"));

        given().when().get("/api/v1/people/" + personId)
                .then().statusCode(200)
                .body("tenures[0].end", nullValue())
                .body("tenures[0]", org.hamcrest.Matchers.hasKey("end"));
    }
}
