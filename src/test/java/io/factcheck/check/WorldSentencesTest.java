package io.factcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.factcheck.knowledge.KnowledgeFile;

/**
 * The checker on the shipped world knowledge, over news-style sentences about heads of state and government of many
 * countries (src/test/resources/check/world-sentences.tsv): every rule and form, surname collisions, people and
 * offices the knowledge does not know, and sentences that must get nothing. A wrong alarm fails here as surely as a
 * wrong verdict.
 */
class WorldSentencesTest {

    record Row(Set<String> expected, LocalDate date, String country, String text) {
        @Override
        public String toString() {
            return date + " " + text;
        }
    }

    static final RoleChecker WORLD = new RoleChecker(shipped());

    static KnowledgeSnapshot shipped() {
        try (InputStream in = WorldSentencesTest.class.getResourceAsStream("/knowledge/knowledge.json")) {
            return KnowledgeFile.read(in).toSnapshot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        try (InputStream in = WorldSentencesTest.class.getResourceAsStream("/check/world-sentences.tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Row(Set.of(f[0].split("\\|")), LocalDate.parse(f[1]), f[2], f[3]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void the_checker_says_what_the_sentence_deserves(Row row) {
        List<Annotation> found = WORLD.check(row.text(), row.date());
        String verdicts = found.isEmpty() ? "NONE"
                : found.stream().map(a -> a.verdict().name()).collect(Collectors.joining(","));
        assertThat(row.expected()).as("verdicts for \"%s\" on %s: %s", row.text(), row.date(),
                found.stream().map(Annotation::message).toList()).contains(verdicts);
    }

    @Test
    void the_table_covers_at_least_150_sentences_from_40_countries() {
        List<Row> rows = rows();
        Set<String> countries = rows.stream().map(Row::country).filter(c -> !c.equals("?"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        assertThat(countries).hasSizeGreaterThanOrEqualTo(40);
        // some sentences must get nothing: the table tests silence as well as verdicts
        assertThat(rows.stream().filter(r -> r.expected().equals(Set.of("NONE")))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Arrays.asList("ACCURATE", "OUTDATED", "INACCURATE")).allSatisfy(v ->
                assertThat(rows.stream().filter(r -> r.expected().contains(v))).hasSizeGreaterThanOrEqualTo(10));
    }
}
