package io.factcheck.check;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CheckResourceTest {

    private static Map<String, Object> request(String text, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("publishedAt", date);
        return body;
    }

    @Test
    void finds_an_outdated_title_with_who_why_and_the_right_wording() {
        String text = "Yesterday Cambodian Prime Minister Hun Sen opened the bridge.";
        given().contentType(ContentType.JSON).body(request(text, "2025-11-29"))
                .when().post("/api/v1/check")
                .then().statusCode(200)
                .body("referenceDate", equalTo("2025-11-29"))
                .body("annotations", hasSize(1))
                .body("annotations[0].quote", equalTo("Cambodian Prime Minister Hun Sen"))
                .body("annotations[0].start", equalTo(text.indexOf("Cambodian")))
                .body("annotations[0].kind", equalTo("ROLE_TENURE"))
                .body("annotations[0].verdict", equalTo("OUTDATED"))
                .body("annotations[0].confidence", greaterThan(0.5f))
                .body("annotations[0].person.name", equalTo("Hun Sen"))
                .body("annotations[0].office.name", containsString("Prime Minister"))
                .body("annotations[0].tenures.end", hasItem("2023-08-22"))
                .body("annotations[0].tenures[0].source", startsWith("https://"))
                .body("annotations[0].message", containsString("2023-08-22"))
                .body("annotations[0].suggestion", containsString("former"));
    }

    @Test
    void the_same_words_are_right_at_an_earlier_date() {
        given().contentType(ContentType.JSON)
                .body(request("Cambodian Prime Minister Hun Sen opened the bridge.", "2022-01-07"))
                .when().post("/api/v1/check")
                .then().statusCode(200)
                .body("annotations[0].verdict", equalTo("ACCURATE"));
    }

    @Test
    void seed_004_calls_the_sitting_president_former() throws IOException {
        given().contentType(ContentType.JSON).body(request(seed("004_56711aff1b635cb0.txt"), "2025-08-05"))
                .when().post("/api/v1/check")
                .then().statusCode(200)
                .body("annotations.findAll { it.quote == 'the former U.S. president' }.verdict",
                        equalTo(java.util.List.of("INACCURATE", "INACCURATE")))
                .body("annotations.findAll { it.quote == 'the former U.S. president' }.person.name",
                        hasItem("Donald Trump"));
    }

    @Test
    void answers_sarif_when_asked_with_line_and_column_regions() {
        String text = "# Draft\n\nThe visit was hosted by the former U.S. President Joe Biden.\nPresident Donald Trump spoke later.";
        Map<String, Object> body = request(text, "2025-08-05");
        body.put("uri", "drafts/visit.md");
        given().contentType(ContentType.JSON).accept("application/sarif+json").body(body)
                .when().post("/api/v1/check")
                .then().statusCode(200)
                .contentType(startsWith("application/sarif+json"))
                .body("version", equalTo("2.1.0"))
                .body("runs[0].tool.driver.rules.size()", greaterThan(0))
                .body("runs[0].results.locations[0].physicalLocation.artifactLocation.uri[0]", equalTo("drafts/visit.md"))
                .body("runs[0].results.find { it.properties.verdict == 'ACCURATE' }.locations[0].physicalLocation.region.startLine",
                        equalTo(3));
    }

    @Test
    void rejects_a_missing_text_an_oversized_one_and_a_bad_date() {
        given().contentType(ContentType.JSON).body(Map.of("publishedAt", "2025-01-01"))
                .when().post("/api/v1/check")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(request("x".repeat(100_001), "2025-01-01"))
                .when().post("/api/v1/check")
                .then().statusCode(422).body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(request("President Trump", "2025-13-45"))
                .when().post("/api/v1/check")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        given().contentType(ContentType.JSON).accept("text/html").body(request("President Trump", "2025-01-01"))
                .when().post("/api/v1/check")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void unknown_people_and_generic_titles_produce_nothing() {
        given().contentType(ContentType.JSON)
                .body(request("The president of the football club, Ana Ruiz, met a European president.", "2025-01-01"))
                .when().post("/api/v1/check")
                .then().statusCode(200).body("annotations", hasSize(0));
    }

    static String seed(String file) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("seed/articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
