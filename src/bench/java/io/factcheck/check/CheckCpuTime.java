package io.factcheck.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;

/**
 * Checks per second per core measured in thread CPU time, a cross-check for {@link CheckBenchmark} on a machine shared
 * with other builds, where wall-clock throughput mostly measures the neighbours.
 * Run: {@code java -cp target/benchmarks.jar io.factcheck.check.CheckCpuTime [people] [chars] [mentionEvery]}
 */
public final class CheckCpuTime {

    private CheckCpuTime() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int mentionEvery = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SyntheticKnowledge kb = new SyntheticKnowledge(people, 42);
        RoleChecker checker = new RoleChecker(kb.snapshot);
        String article = kb.article(chars, mentionEvery);
        LocalDate reference = LocalDate.of(2025, 11, 29);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int annotations = checker.check(article, reference).size();
        for (int i = 0; i < 20_000; i++) {
            checker.check(article, reference); // warm-up
        }
        int n = 20_000;
        long start = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            checker.check(article, reference);
        }
        double micros = (mx.getCurrentThreadCpuTime() - start) / 1e3 / n;
        System.out.printf("%d people, %d-char article, %d annotations: %.1f µs CPU per check = %.0f checks/s per core%n",
                people, article.length(), annotations, micros, 1e6 / micros);
    }
}
