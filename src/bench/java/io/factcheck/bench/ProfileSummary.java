package io.factcheck.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the service's CPU went during one endpoint's measurement: a JDK Flight Recorder file (run.sh records one per
 * endpoint with {@code BENCH_PROFILE=1}) summed up as the share of execution samples per library (by the frame on
 * top), the hottest methods, the share of samples that pass through each of our own methods, garbage collection
 * pauses and the most allocated types. Enough to say why an endpoint misses its target without a GUI.
 * <p>
 * {@code java -cp target/benchmarks.jar io.factcheck.bench.ProfileSummary target/bench/profile-claim.jfr [top]}
 */
public final class ProfileSummary {

    /** Libraries by package prefix, first match wins: what a newsroom engineer would change or tune. */
    private static final List<String[]> LIBRARIES = List.of(
            new String[] { "io.factcheck.", "the service's own code" },
            new String[] { "org.hibernate.", "Hibernate ORM / Reactive" },
            new String[] { "io.vertx.pgclient.", "Vert.x PostgreSQL client" },
            new String[] { "io.vertx.sqlclient.", "Vert.x PostgreSQL client" },
            new String[] { "io.netty.", "Netty (network I/O)" },
            new String[] { "io.vertx.", "Vert.x core / HTTP" },
            new String[] { "io.quarkus.", "Quarkus (REST, Arc, security)" },
            new String[] { "org.jboss.resteasy.", "Quarkus (REST, Arc, security)" },
            new String[] { "io.smallrye.mutiny.", "Mutiny" },
            new String[] { "io.smallrye.", "SmallRye (OpenAPI, health, context)" },
            new String[] { "io.micrometer.", "Micrometer" },
            new String[] { "com.fasterxml.jackson.", "Jackson (JSON)" },
            new String[] { "org.jboss.logmanager.", "logging" },
            new String[] { "org.jboss.logging.", "logging" },
            new String[] { "java.", "JDK" },
            new String[] { "javax.", "JDK" },
            new String[] { "jdk.", "JDK" },
            new String[] { "sun.", "JDK" });

    private ProfileSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileSummary recording.jfr [top]");
            System.exit(64);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Map<String, Long> byLibrary = new HashMap<>();
        Map<String, Long> selfByMethod = new HashMap<>();
        Map<String, Long> throughOurs = new HashMap<>();
        Map<String, Long> allocated = new HashMap<>();
        long samples = 0;
        long gcs = 0;
        Duration gcPause = Duration.ZERO;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace stack = event.getStackTrace();
                    if (stack == null || stack.getFrames().isEmpty()) {
                        continue;
                    }
                    samples++;
                    List<RecordedFrame> frames = stack.getFrames();
                    String topMethod = name(frames.get(0));
                    selfByMethod.merge(topMethod, 1L, Long::sum);
                    byLibrary.merge(library(topMethod), 1L, Long::sum);
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame frame : frames) {
                        String method = name(frame);
                        if (method.startsWith("io.factcheck.") && seen.add(method)) {
                            throughOurs.merge(method, 1L, Long::sum);
                        }
                    }
                }
                case "jdk.GarbageCollection" -> {
                    gcs++;
                    gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                }
                case "jdk.ObjectAllocationSample" -> allocated.merge(event.getClass("objectClass").getName(),
                        event.getLong("weight"), Long::sum);
                default -> {
                }
            }
        }
        System.out.printf("%s: %d execution samples; %d garbage collections, %d ms of pauses%n", args[0], samples, gcs,
                gcPause.toMillis());
        print("CPU by library (the frame on top)", byLibrary, samples, top);
        print("hottest methods (self)", selfByMethod, samples, top);
        print("the service's own methods (samples passing through them)", throughOurs, samples, top);
        long bytes = allocated.values().stream().mapToLong(Long::longValue).sum();
        print("allocation by type (sampled weight)", allocated, bytes, top);
    }

    /** Class and method, a lambda's generated class name cut after "$$Lambda" so its samples add up. */
    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        int lambda = type.indexOf("$$Lambda");
        return (lambda < 0 ? type : type.substring(0, lambda + 8)) + "." + frame.getMethod().getName();
    }

    private static String library(String method) {
        for (String[] library : LIBRARIES) {
            if (method.startsWith(library[0])) {
                return library[1];
            }
        }
        return "other";
    }

    private static void print(String title, Map<String, Long> counts, long total, int top) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", total == 0 ? 0 : 100.0 * e.getValue() / total,
                        e.getKey()));
    }
}
