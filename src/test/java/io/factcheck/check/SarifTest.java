package io.factcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.claim.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Line 3 holds a non-BMP character (two UTF-16 code units) before the mention. */
    private static final String TEXT = "Headline\r\nSecond line.\n\uD83D\uDE00 Later, former U.S. President Donald Trump spoke.\n"
            + "Cambodian PM Hun Sen left.";

    private static JsonNode sarif(String text, List<Annotation> annotations) {
        return JSON.valueToTree(Sarif.toSarif(text, annotations, "articles/42.txt"));
    }

    @Test
    void log_has_the_required_sarif_fields() {
        JsonNode log = sarif(TEXT, Fixtures.check(TEXT, "2025-08-05"));
        assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        JsonNode driver = log.path("runs").path(0).path("tool").path("driver");
        assertThat(driver.path("name").asText()).isNotBlank();
        assertThat(driver.path("informationUri").asText()).isNotBlank();
        assertThat(driver.path("version").asText()).isNotBlank();
        assertThat(driver.path("rules")).hasSize(Verdict.values().length);
        for (JsonNode rule : driver.path("rules")) {
            assertThat(rule.path("id").asText()).startsWith("role-tenure/");
            assertThat(rule.path("name").asText()).isNotBlank();
            assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("fullDescription").path("text").asText()).isNotBlank();
            assertThat(rule.path("help").path("text").asText()).isNotBlank();
        }
        assertThat(driver.path("rules").findValuesAsText("id"))
                .contains("role-tenure/outdated", "role-tenure/inaccurate", "role-tenure/accurate");
        JsonNode results = log.path("runs").path(0).path("results");
        assertThat(results).hasSize(2);
        for (JsonNode r : results) {
            assertThat(r.path("ruleId").asText()).startsWith("role-tenure/");
            assertThat(r.path("message").path("text").asText()).isNotBlank();
            assertThat(r.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                    .isEqualTo("articles/42.txt");
            assertThat(r.path("properties").has("verdict")).isTrue();
            assertThat(r.path("properties").has("confidence")).isTrue();
            assertThat(r.path("properties").has("suggestion")).isTrue();
            int ruleIndex = r.path("ruleIndex").asInt();
            assertThat(driver.path("rules").path(ruleIndex).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
    }

    @Test
    void levels_follow_the_verdict() {
        JsonNode results = sarif(TEXT, Fixtures.check(TEXT, "2025-08-05")).path("runs").path(0).path("results");
        assertThat(results.path(0).path("ruleId").asText()).isEqualTo("role-tenure/inaccurate");
        assertThat(results.path(0).path("level").asText()).isEqualTo("error");
        assertThat(results.path(1).path("ruleId").asText()).isEqualTo("role-tenure/outdated");
        assertThat(results.path(1).path("level").asText()).isEqualTo("warning");
        assertThat(Sarif.level(Verdict.ACCURATE)).isEqualTo("note");
        assertThat(Sarif.level(Verdict.MISLEADING)).isEqualTo("warning");
    }

    @Test
    void regions_count_lines_from_one_and_columns_in_utf16_code_units() {
        List<Annotation> annotations = Fixtures.check(TEXT, "2025-08-05");
        Annotation trump = annotations.get(0);
        assertThat(trump.quote()).isEqualTo("former U.S. President Donald Trump");
        JsonNode region = sarif(TEXT, annotations).path("runs").path(0).path("results").path(0)
                .path("locations").path(0).path("physicalLocation").path("region");
        int lineStart = TEXT.indexOf('\uD83D');
        assertThat(region.path("startLine").asInt()).isEqualTo(3);
        // The emoji is two code units, then a space and "Later, ": the mention starts at code unit 10 of the line.
        assertThat(region.path("startColumn").asInt()).isEqualTo(trump.start() - lineStart + 1).isEqualTo(11);
        assertThat(region.path("endLine").asInt()).isEqualTo(3);
        assertThat(region.path("endColumn").asInt()).isEqualTo(trump.end() - lineStart + 1);
        assertThat(region.path("charOffset").asInt()).isEqualTo(trump.start());
        assertThat(region.path("charLength").asInt()).isEqualTo(trump.quote().length());
        assertThat(region.path("snippet").path("text").asText()).isEqualTo(trump.quote());

        JsonNode second = sarif(TEXT, annotations).path("runs").path(0).path("results").path(1)
                .path("locations").path(0).path("physicalLocation").path("region");
        assertThat(second.path("startLine").asInt()).isEqualTo(4);
        assertThat(second.path("startColumn").asInt()).isEqualTo(1);
        assertThat(second.path("endColumn").asInt()).isEqualTo("Cambodian PM Hun Sen".length() + 1);
    }

    @Test
    void carriage_returns_alone_and_crlf_each_end_one_line() {
        Annotation a = new Annotation(9, 12, "Sen", Annotation.ROLE_TENURE, Verdict.OUTDATED, 0.5, null, null, List.of(),
                "m", "s");
        JsonNode region = sarif("a\rb\r\nHun Sen", List.of(a)).path("runs").path(0).path("results").path(0)
                .path("locations").path(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(3);
        assertThat(region.path("startColumn").asInt()).isEqualTo(5);
        assertThat(region.path("endColumn").asInt()).isEqualTo(8);
    }

    @Test
    void an_empty_result_list_is_still_a_valid_log() {
        JsonNode log = sarif("nothing here", List.of());
        assertThat(log.path("runs").path(0).path("results").isArray()).isTrue();
        assertThat(log.path("runs").path(0).path("results")).isEmpty();
    }
}
