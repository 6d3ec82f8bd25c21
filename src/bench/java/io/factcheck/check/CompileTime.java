package io.factcheck.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import io.factcheck.bench.ShippedKnowledge;

/**
 * How long building the checker takes (what a start-up or a knowledge change costs), wall and CPU time, for a
 * knowledge: {@code java -cp target/benchmarks.jar io.factcheck.check.CompileTime [seed|world|world10|file.json] [rounds]}.
 * The first round is the cold one a start-up pays; later rounds show the JIT-compiled cost. Heap after each build.
 */
public final class CompileTime {

    private CompileTime() {
    }

    public static void main(String[] args) {
        String knowledge = args.length > 0 ? args[0] : "world";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        KnowledgeSnapshot snapshot = knowledge.endsWith(".json") ? ShippedKnowledge.read(knowledge).toSnapshot()
                : CheckCostBenchmark.knowledge(knowledge);
        System.gc();
        long baseMb = usedMb();
        System.out.printf("%s: %d people, %d offices, %d tenures; heap in use before the checker: %d MB%n", knowledge,
                snapshot.people().size(), snapshot.offices().size(), snapshot.tenures().size(), baseMb);
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
            long heapMb = usedMb();
            System.out.printf("round %d: %d ms wall, %d ms CPU; heap in use with the checker: %d MB (the checker: %d MB)%n",
                    i, wallMs, cpuMs, heapMb, heapMb - baseMb);
        }
        System.out.println(kept != null ? "done" : "");
    }

    private static long usedMb() {
        return (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
    }
}
