package io.factcheck.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * openapi/ is written by the build (./mvnw package) and committed; this fails when the served API and the committed
 * document differ, i.e. when someone changed the API without regenerating and committing the document.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_committed_document_matches_the_served_api() throws Exception {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode committed = JSON.readTree(Files.readString(Path.of("openapi/openapi.json")));
        Files.writeString(Path.of("target/openapi-served.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served));
        assertThat(served)
                .as("openapi/openapi.json is stale (the served one is in target/openapi-served.json): run ./mvnw "
                        + "package -DskipTests and commit openapi/")
                .isEqualTo(committed);
    }

    @Test
    void every_operation_has_a_summary_a_tag_and_its_error_responses() throws Exception {
        JsonNode document = JSON.readTree(Files.readString(Path.of("openapi/openapi.json")));
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(name + " summary").isNotBlank();
            assertThat(operation.path("tags")).as(name + " tags").isNotEmpty();
            assertThat(operation.path("responses").has("500")).as(name + " 500").isTrue();
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4")) {
                    assertThat(response.getValue().path("content").has("application/problem+json"))
                            .as(name + " " + response.getKey() + " is a problem document").isTrue();
                }
            });
        }));
    }

    @Test
    void swagger_ui_is_served() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
