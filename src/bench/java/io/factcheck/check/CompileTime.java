package io.factcheck.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import io.factcheck.bench.ShippedKnowledge;

/**
 * How long building the checker takes (what a start-up or a knowledge change costs), wall and CPU time, for a
 * knowledge file: {@code java -cp target/benchmarks.jar io.factcheck.check.CompileTime [knowledge.json] [rounds]}.
 * The first round is the cold one a start-up pays; later rounds show the JIT-compiled cost. Heap after each build.
 */
public final class CompileTime {

    private CompileTime() {
    }

    public static void main(String[] args) {
        String file = args.length > 0 ? args[0] : "knowledge/knowledge.json";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        KnowledgeSnapshot snapshot = ShippedKnowledge.read(file).toSnapshot();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        RoleChecker kept = null;
        for (int i = 1; i <= rounds; i++) {
            kept = null;
            System.gc();
            long wall = System.nanoTime();
            long used = cpu.getCurrentThreadCpuTime();
            kept = new RoleChecker(snapshot);
            long cpuMs = (cpu.getCurrentThreadCpuTime() - used) / 1_000_000;
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            System.gc();
            long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf("round %d: %d ms wall, %d ms CPU; heap in use with the checker: %d MB%n", i, wallMs,
                    cpuMs, heapMb);
        }
        System.out.println(kept != null ? "done" : "");
    }
}
