package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With claims.check.nice=10 (as {@link TightLimits} sets; the default is 0) the checker's threads run at niceness 10,
 * so the event loops get the CPU first while the checker is busy. Linux only (reads /proc).
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class CheckerPriorityTest {

    @Test
    void checker_threads_run_at_a_lower_priority_than_the_event_loops() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux /proc");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/renice")) || Files.isExecutable(Path.of("/bin/renice")),
                "renice is installed");
        long until = System.nanoTime() + 10_000_000_000L;
        List<Integer> checkers = niceness("claims-checker");
        while (!checkers.stream().allMatch(nice -> nice == 10) && System.nanoTime() < until) {
            Thread.sleep(100); // each thread renices itself as it starts
            checkers = niceness("claims-checker");
        }
        List<Integer> eventLoops = niceness("vert.x-eventloop");
        assumeTrue(eventLoops.stream().allMatch(nice -> nice < 10), "the JVM itself runs below nice 10");
        assertThat(checkers).as("checker threads").isNotEmpty().containsOnly(10);
        assertThat(eventLoops).as("event loops").isNotEmpty();
    }

    /** The niceness of this process's threads whose name starts so (Linux truncates names to 15 characters). */
    private static List<Integer> niceness(String namePrefix) throws IOException {
        List<Integer> found = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).trim();
                    if (comm.startsWith(namePrefix.substring(0, Math.min(15, namePrefix.length())))) {
                        String stat = Files.readString(task.resolve("stat"));
                        // Fields after the parenthesised name: state is field 3, nice field 19.
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        found.add(Integer.parseInt(fields[16]));
                    }
                } catch (IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return found;
    }
}
