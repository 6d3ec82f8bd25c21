package io.factcheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.factcheck.bench.ShippedKnowledge;

/**
 * The checker's cost curves (issue #16): time per check, sampled (mean and percentiles), against the article's length
 * (1, 5, 20, 100 KB of the suite's news article, repeated) and the knowledge's size (the seed-story knowledge, the
 * shipped world knowledge, and the world knowledge plus nine times as many synthetic people with their offices and
 * terms). Expected: linear in the text, nearly flat in the knowledge. Run from the repository root (the seed-story
 * file is read from src/build/resources):
 * {@code java -jar target/benchmarks.jar CheckCostBenchmark -rf json -rff target/bench/cost.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class CheckCostBenchmark {

    @Param({ "seed", "world", "world10" })
    public String knowledge;

    @Param({ "1", "5", "20", "100" })
    public int kb;

    private RoleChecker checker;
    private String text;
    private LocalDate reference;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        checker = new RoleChecker(knowledge(knowledge));
        JsonNode body;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("bench/check-article.json")) {
            if (in == null) {
                throw new IllegalStateException("bench/check-article.json is not on the classpath");
            }
            body = new ObjectMapper().readTree(in);
        }
        text = ofLength(body.get("text").asText(), kb * 1024);
        reference = LocalDate.parse(body.get("publishedAt").asText());
    }

    /** The article repeated (a blank line between copies) up to {@code chars}, cut after a sentence. */
    static String ofLength(String article, int chars) {
        StringBuilder out = new StringBuilder(chars + article.length());
        while (out.length() < chars) {
            out.append(article).append("\n\n");
        }
        int cut = out.lastIndexOf(". ", chars);
        return out.substring(0, cut > 0 ? cut + 1 : chars);
    }

    /** seed: the seed story's curated knowledge; world: the shipped one; world10: world plus 9× synthetic people. */
    static KnowledgeSnapshot knowledge(String name) {
        if (name.equals("seed")) {
            return ShippedKnowledge.read("src/build/resources/knowledge/curated.json").toSnapshot();
        }
        KnowledgeSnapshot world = ShippedKnowledge.read().toSnapshot();
        return switch (name) {
            case "world" -> world;
            case "world10" -> plus(world, new SyntheticKnowledge(world.people().size() * 9, 42).snapshot);
            default -> throw new IllegalArgumentException("knowledge: seed, world or world10, not " + name);
        };
    }

    private static KnowledgeSnapshot plus(KnowledgeSnapshot a, KnowledgeSnapshot b) {
        return new KnowledgeSnapshot(concat(a.people(), b.people()), concat(a.offices(), b.offices()),
                concat(a.tenures(), b.tenures()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Benchmark
    public List<Annotation> check() {
        return checker.check(text, reference);
    }
}
