package io.factcheck.check;

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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks per second of a ~5 KB article against a 10,000-person synthetic knowledge base, on one thread (one core),
 * with a mention in every sentence or in one sentence in four.
 * Run: {@code ./mvnw -P bench -DskipTests package && java -jar target/benchmarks.jar CheckBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CheckBenchmark {

    @Param({"10000"})
    public int people;

    @Param({"5000"})
    public int articleChars;

    /** 1: a mention in every sentence (about 60 per article); 4: one sentence in four (about 20). */
    @Param({"1", "4"})
    public int mentionEvery;

    private RoleChecker checker;
    private KnowledgeSnapshot snapshot;
    private String article;
    private final LocalDate reference = LocalDate.of(2025, 11, 29);

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticKnowledge kb = new SyntheticKnowledge(people, 42);
        snapshot = kb.snapshot;
        checker = new RoleChecker(snapshot);
        article = kb.article(articleChars, mentionEvery);
        List<Annotation> found = checker.check(article, reference);
        if (found.isEmpty()) {
            throw new IllegalStateException("the synthetic article produced no annotations");
        }
    }

    @Benchmark
    public List<Annotation> check() {
        return checker.check(article, reference);
    }

    /** Cost of building a checker (compiling the automaton) for a new knowledge version. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public RoleChecker build() {
        return new RoleChecker(snapshot);
    }
}
