package io.factcheck.check;

import io.factcheck.knowledge.DatePrecision;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeFileTest {

    private static KnowledgeSnapshot read(String json) {
        return KnowledgeFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_people_offices_and_tenures_with_key_as_id() {
        KnowledgeSnapshot kb = read("""
                {"version":"1","about":"x",
                 "people":[{"key":"hun-sen","name":"Hun Sen","aliases":["Samdech Techo Hun Sen"],"wikidataId":null,"description":"d"}],
                 "offices":[{"key":"pm-kh","title":"Prime Minister","jurisdiction":"Cambodia","adjectives":["Cambodian"],"aliases":["Cambodian PM"],"wikidataId":null}],
                 "tenures":[{"person":"hun-sen","office":"pm-kh","start":"1998-11-30","end":"2023-08-22","precision":"DAY","source":"https://en.wikipedia.org/wiki/Hun_Sen","note":"n"},
                            {"person":"hun-sen","office":"pm-kh","start":"1985","end":null,"precision":"YEAR","source":"s"},
                            {"person":"hun-sen","office":"pm-kh","start":"1990-04","precision":"MONTH","source":"s"}]}
                """);
        assertThat(kb.people()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("hun-sen");
            assertThat(p.aliases()).containsExactly("Samdech Techo Hun Sen");
        });
        assertThat(kb.offices()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("pm-kh");
            assertThat(o.adjectives()).containsExactly("Cambodian");
        });
        assertThat(kb.tenures()).hasSize(3);
        assertThat(kb.tenures().get(0).end()).isEqualTo(LocalDate.of(2023, 8, 22));
        assertThat(kb.tenures().get(1).start()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(kb.tenures().get(1).precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(kb.tenures().get(1).end()).isNull();
        assertThat(kb.tenures().get(2).start()).isEqualTo(LocalDate.of(1990, 4, 1));
    }

    @Test
    void rejects_a_tenure_of_an_unknown_person() {
        assertThatThrownBy(() -> read("""
                {"people":[],"offices":[{"key":"o","title":"President","jurisdiction":"X"}],
                 "tenures":[{"person":"nobody","office":"o","start":"2000-01-01","precision":"DAY","source":"s"}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }

    @Test
    void the_test_fixture_loads() {
        assertThat(Fixtures.KNOWLEDGE.people()).hasSizeGreaterThan(10);
        assertThat(Fixtures.KNOWLEDGE.tenures()).allSatisfy(t -> assertThat(t.source()).startsWith("https://"));
    }
}
