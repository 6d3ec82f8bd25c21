package io.factcheck.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factcheck.bench.ShippedKnowledge;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference for POST /check in the HTTP benchmark: the exact article the wrk script posts
 * (src/bench/resources/check-article.json) checked against the shipped knowledge base (knowledge/knowledge.json, what
 * the service loads at first start), on one thread. run.sh multiplies the score by the number of cores.
 * Run: {@code java -jar target/benchmarks.jar ShippedCheckBenchmark}; against the seed-story knowledge the world
 * knowledge grew from: {@code -p knowledge=src/build/resources/knowledge/curated.json}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ShippedCheckBenchmark {

    /** The knowledge to check against: the shipped file, or another in its format ({@code -p knowledge=PATH}). */
    @Param("knowledge/knowledge.json")
    public String knowledge;

    private RoleChecker checker;
    private String text;
    private LocalDate reference;

    @Setup(Level.Trial)
    public void setUp() {
        checker = new RoleChecker(ShippedKnowledge.read(knowledge).toSnapshot());
        JsonNode body = read("bench/check-article.json", in -> {
            try {
                return new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        text = body.get("text").asText();
        reference = LocalDate.parse(body.get("publishedAt").asText());
        if (checker.check(text, reference).isEmpty()) {
            throw new IllegalStateException("the benchmark article produced no annotations");
        }
    }

    @Benchmark
    public List<Annotation> check() {
        return checker.check(text, reference);
    }

    private static <T> T read(String resource, java.util.function.Function<InputStream, T> parse) {
        try (InputStream in = ShippedCheckBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return parse.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
