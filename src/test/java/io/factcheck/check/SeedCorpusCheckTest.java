package io.factcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.claim.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five seed articles, checked against the shipped knowledge base (skipped until it lands) and against the test
 * fixture, which covers the same people: the design card's findings come out, and nothing else is flagged.
 */
class SeedCorpusCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Article(String file, String text, LocalDate publishedAt) {}

    private record Finding(String file, String quote, Verdict verdict, String person) {}

    @ParameterizedTest(name = "knowledge from {0}")
    @ValueSource(strings = {"/knowledge/knowledge.json", "/check/knowledge-fixture.json"})
    void seed_articles_yield_the_expected_findings_and_no_others(String knowledgeResource) throws IOException {
        assumeTrue(SeedCorpusCheckTest.class.getResource(knowledgeResource) != null,
                "knowledge file " + knowledgeResource + " not present yet");
        RoleChecker checker = new RoleChecker(Fixtures.load(knowledgeResource));
        Map<String, Article> articles = articles();
        Map<String, List<Annotation>> results = new LinkedHashMap<>();
        articles.forEach((file, a) -> results.put(file, checker.check(a.text(), a.publishedAt())));

        Article a001 = byPrefix(articles, "001");
        Annotation pm = only(results.get(a001.file()), a001.text(), "the Prime Minister of Cambodia");
        assertThat(pm.verdict()).isEqualTo(Verdict.OUTDATED);
        assertThat(pm.person().name()).isEqualTo("Hun Sen");
        assertThat(pm.message()).contains("2023-08-22").contains("Hun Manet");
        assertThat(pm.suggestion()).contains("former").contains("Hun Sen");

        Article a004 = byPrefix(articles, "004");
        List<Annotation> formerPresident = results.get(a004.file()).stream()
                .filter(x -> x.quote().equals("the former U.S. president")).toList();
        assertThat(formerPresident).hasSize(2).allSatisfy(x -> {
            assertThat(x.verdict()).isEqualTo(Verdict.INACCURATE);
            assertThat(x.person().name()).isEqualTo("Donald Trump");
        });

        Article a002 = byPrefix(articles, "002");
        Annotation former = only(results.get(a002.file()), a002.text(), "former Cambodian Prime Minister Hun Sen");
        assertThat(former.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(former.person().name()).isEqualTo("Hun Sen");

        Article a000 = byPrefix(articles, "000");
        Annotation then = only(results.get(a000.file()), a000.text(), "then-Prime Minister Hun Sen");
        assertThat(then.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(then.person().name()).isEqualTo("Hun Sen");

        List<Finding> flagged = new ArrayList<>();
        results.forEach((file, annotations) -> annotations.stream()
                .filter(x -> x.verdict() == Verdict.OUTDATED || x.verdict() == Verdict.INACCURATE)
                .forEach(x -> flagged.add(new Finding(file.substring(0, 3), x.quote(), x.verdict(), x.person().name()))));
        assertThat(flagged).containsExactlyInAnyOrder(
                new Finding("001", "the Prime Minister of Cambodia", Verdict.OUTDATED, "Hun Sen"),
                new Finding("004", "the former U.S. president", Verdict.INACCURATE, "Donald Trump"),
                new Finding("004", "the former U.S. president", Verdict.INACCURATE, "Donald Trump"));

        results.forEach((file, annotations) -> annotations.forEach(
                x -> VerdictAssert.assertWellFormed(articles.get(file).text(), x)));
    }

    private static Annotation only(List<Annotation> annotations, String text, String phrase) {
        return Fixtures.covering(annotations, text, phrase)
                .orElseThrow(() -> new AssertionError("no annotation covering \"" + phrase + "\": " + annotations));
    }

    private static Article byPrefix(Map<String, Article> articles, String prefix) {
        return articles.values().stream().filter(a -> a.file().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static Map<String, Article> articles() throws IOException {
        Map<String, Article> out = new LinkedHashMap<>();
        JsonNode meta;
        try (InputStream in = SeedCorpusCheckTest.class.getResourceAsStream("/seed/articles.json")) {
            assertThat(in).as("seed/articles.json on the classpath").isNotNull();
            meta = JSON.readTree(in);
        }
        for (JsonNode a : meta.path("articles")) {
            String file = a.path("file").asText();
            try (InputStream in = SeedCorpusCheckTest.class.getResourceAsStream("/seed/articles/" + file)) {
                assertThat(in).as(file).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.put(file, new Article(file, text, LocalDate.parse(a.path("publishedAt").asText())));
            }
        }
        assertThat(out).hasSize(5);
        return out;
    }
}
