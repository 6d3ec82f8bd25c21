package io.factcheck.knowledgebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every sovereign state of the Factbook has a head of state or government in the shipped knowledge. */
class WorldCoverageTest {

    private static final LocalDate PROBE = LocalDate.of(2025, 12, 31);

    @Test
    void every_sovereign_state_has_a_head_of_state_or_government_on_the_last_day_of_2025() throws IOException {
        assumeTrue(Files.isDirectory(KnowledgeBuildDriftTest.DATA), "../shared/data is not beside the project");
        JsonNode knowledge = new ObjectMapper().readTree(Path.of("src/main/resources/knowledge/knowledge.json").toFile());
        List<Countries.Country> states = Countries.read(KnowledgeBuildDriftTest.DATA.resolve("factbook/countries.json"))
                .values().stream().filter(Countries.Country::sovereign).toList();
        assertThat(states).hasSize(192);
        Set<String> held = new HashSet<>();
        for (JsonNode t : knowledge.path("tenures")) {
            LocalDate start = LocalDate.parse(t.path("start").asText());
            LocalDate end = t.path("end").isNull() ? null : LocalDate.parse(t.path("end").asText());
            if (!start.isAfter(PROBE) && (end == null || end.isAfter(PROBE))) {
                held.add(t.path("office").asText());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Countries.Country state : states) {
            boolean found = false;
            for (JsonNode o : knowledge.path("offices")) {
                String role = o.path("role").asText("");
                boolean mine = Names.fold(o.path("jurisdiction").asText()).equals(Names.fold(state.name()))
                        || hasText(o.path("adjectives"), state.name());
                if (mine && role.startsWith("HEAD_OF") && held.contains(o.path("key").asText())) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                missing.add(state.name());
            }
        }
        assertThat(missing).as("sovereign states with nobody in office on " + PROBE).isEmpty();
    }

    @Test
    void a_holder_who_returns_after_a_gap_has_two_terms_and_every_term_has_a_source() throws IOException {
        JsonNode knowledge = new ObjectMapper().readTree(Path.of("src/main/resources/knowledge/knowledge.json").toFile());
        List<String> pinera = new ArrayList<>();
        for (JsonNode t : knowledge.path("tenures")) {
            assertThat(t.path("source").asText()).startsWith("https://");
            if (t.path("person").asText().equals("sebastian-pinera") && t.path("office").asText().equals("president-of-chile")) {
                pinera.add(t.path("start").asText() + "/" + t.path("end").asText());
            }
        }
        assertThat(pinera).containsExactly("2010-03-11/2014-03-11", "2018-03-11/2022-03-11");
    }

    private static boolean hasText(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (Names.fold(n.asText()).equals(Names.fold(value))) {
                return true;
            }
        }
        return false;
    }
}
