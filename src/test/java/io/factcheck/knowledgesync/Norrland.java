package io.factcheck.knowledgesync;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The knowledge a test starts from, made through the API as a desk would (so its tenures are hand-edited, curated):
 * Norrland's Prime Minister office with Oskar Vellamo in office since 2019-07-15 (no Wikidata id yet), and its
 * President office with Lars Aaltonen since 2018-03-01 (Wikidata knows the 4th). Names and ids are the fixture's.
 */
final class Norrland {

    final SparqlFixture fixture = new SparqlFixture();
    final String land = fixture.name("Norrland");
    final String pmOffice;
    final String presidentOffice;
    final String oskar;
    final String oskarTenure;
    final String lars;
    final String larsTenure;

    Norrland() {
        pmOffice = office("Prime Minister", fixture.id("Q910000002"));
        presidentOffice = office("President", fixture.id("Q910000003"));
        oskar = person(fixture.name("Oskar Vellamo"), null);
        oskarTenure = tenure(oskar, pmOffice, "2019-07-15");
        lars = person(fixture.name("Lars Aaltonen"), fixture.id("Q910000013"));
        larsTenure = tenure(lars, presidentOffice, "2018-03-01");
    }

    /** The adjective the office uses: "Norrland1a2b3c4dic". */
    String adjective() {
        return land + "ic";
    }

    String office(String title, String wikidataId) {
        Map<String, Object> office = new HashMap<>();
        office.put("title", title);
        office.put("jurisdiction", land);
        office.put("adjectives", List.of(adjective()));
        office.put("aliases", List.of());
        office.put("wikidataId", wikidataId);
        return given().contentType(ContentType.JSON).body(office).when().post("/api/v1/offices")
                .then().statusCode(201).extract().path("id");
    }

    static String person(String name, String wikidataId) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", name);
        person.put("wikidataId", wikidataId);
        return given().contentType(ContentType.JSON).body(person).when().post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
    }

    static String tenure(String personId, String officeId, String start) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("officeId", officeId, "start", start, "precision", "DAY",
                        "source", "https://example.org/norrland/" + officeId))
                .when().post("/api/v1/people/" + personId + "/tenures")
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath get(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The person the knowledge has by this exact name, or null. */
    static JsonPath personNamed(String name) {
        JsonPath found = given().queryParam("q", name).when().get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        return items.stream().filter(p -> name.equals(p.get("name"))).findFirst()
                .map(p -> get("/api/v1/people/" + p.get("id"))).orElse(null);
    }

    /** Waits until the run has finished (SUCCEEDED or FAILED, its re-check included), and answers it. */
    static JsonPath finished(String syncId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath run = get("/api/v1/knowledge/syncs/" + syncId);
            String state = run.getString("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("knowledge run " + syncId + " did not finish within 60 s");
    }
}
