package io.factcheck.check;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.knowledge.KnowledgeSnapshots;
import io.factcheck.knowledge.StagedKnowledge;
import io.factcheck.ratelimit.Bound;
import io.factcheck.ratelimit.Bounds;
import io.factcheck.ratelimit.RequestWeight;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Runs the role checker on the current knowledge. The checker is CPU work, so it runs off the event loop, on its own
 * pool of one thread per core (claims.check.threads, 0 for one per core): with Quarkus' shared pool, 64 concurrent
 * checks ran as 64 threads time-slicing two cores, each evicting the others' caches. The result comes back on the
 * caller's Vert.x context (where the reactive session lives). The checker is rebuilt, once, whenever the knowledge
 * snapshot changes: edits take effect on the next check without a restart.
 *
 * <p>The pool's queue has two lanes. Checks of stored articles (editors' writes, {@link #check}) go first; public
 * checks of a posted text ({@link #checkPosted}) wait behind them, and are bounded: {@link #postedChecks} holds at
 * most claims.check.queue units of text (see {@link RequestWeight}) in flight, from before the request's body is read
 * until its answer is sent (CheckAdmission takes the units); a check that does not fit is answered 503 with
 * Retry-After at once and does no work. A posted check whose client goes away while it waits leaves the queue. The
 * checker's threads may run at a lower CPU priority (claims.check.nice), so the event loops are served first.
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** After the knowledge file's loader (APPLICATION), before the seed corpus (the default, APPLICATION + 500). */
    static final int WARM_UP_PRIORITY = Interceptor.Priority.APPLICATION + 100;
    /** The most a shed caller is told to wait; beyond that an estimate from the queue means little. */
    private static final long MAX_RETRY_AFTER_SECONDS = 30;

    private final KnowledgeSnapshots snapshots;
    private final ThreadPoolExecutor pool;
    private final int threads;
    private final RequestWeight weight;
    private final Bound postedChecks;
    private final AtomicLong sequence = new AtomicLong();
    /** Checker time per character of text, smoothed: what a unit of the queue costs, for Retry-After. */
    private volatile double nanosPerChar = 100;
    private volatile Compiled compiled;

    public CheckService(KnowledgeSnapshots snapshots, RequestWeight weight, Bounds bounds,
            @ConfigProperty(name = "claims.check.threads") int threads,
            @ConfigProperty(name = "claims.check.queue") long queue,
            @ConfigProperty(name = "claims.check.nice") int nice) {
        this.snapshots = snapshots;
        this.weight = weight;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, 0, TimeUnit.MILLISECONDS,
                new PriorityBlockingQueue<>(), checkerThreads(nice));
        this.pool.prestartAllCoreThreads();
        this.postedChecks = bounds.bound("check", queue, this::retryAfterSeconds);
        LOG.debugf("Checker pool: %d threads; posted checks in flight: at most %d units of %d bytes", this.threads,
                queue, weight.unitBytes());
    }

    /**
     * Compiles the checker at start-up, right after the knowledge file is loaded and before the seed corpus is
     * checked, so that the first check a caller sends does not pay for it (~1 s on the world knowledge).
     */
    void onStart(@Observes @Priority(WARM_UP_PRIORITY) StartupEvent event) throws Throwable {
        long started = System.nanoTime();
        VertxContextSupport.subscribeAndAwait(() -> snapshots.current()
                .chain(snapshot -> onWorker(Lane.ARTICLE, () -> checkerFor(snapshot))));
        LOG.infof("Checker ready %d ms after start-up reached it (knowledge compiled)",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Compiles the knowledge a load is about to commit while its rows are written (a first start), on a thread of its
     * own: when the load has committed and that snapshot is current, the checker is ready or nearly so.
     */
    void onStaged(@Observes StagedKnowledge staged) {
        Thread compiler = new Thread(() -> {
            try {
                checkerFor(staged.snapshot());
            } catch (RuntimeException e) {
                LOG.warn("Staged knowledge did not compile; the checker compiles once it is current", e);
            }
        }, "claims-checker-staged");
        compiler.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        compiler.setDaemon(true);
        compiler.start();
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }

    /** The bound on posted checks in flight, in {@link RequestWeight} units. */
    public Bound postedChecks() {
        return postedChecks;
    }

    /** Checks a stored article's text (an editor's write): ahead of every posted check in the queue. */
    public Uni<List<Annotation>> check(String text, LocalDate referenceDate) {
        return check(text, referenceDate, Lane.ARTICLE);
    }

    /** Checks a posted text (POST /check): behind the articles' checks, within {@link #postedChecks}. */
    public Uni<List<Annotation>> checkPosted(String text, LocalDate referenceDate) {
        return check(text, referenceDate, Lane.POSTED);
    }

    private Uni<List<Annotation>> check(String text, LocalDate referenceDate, Lane lane) {
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now(ZoneOffset.UTC);
        return snapshots.current()
                .chain(snapshot -> onWorker(lane, () -> timed(text, () -> checkerFor(snapshot).check(text, reference))));
    }

    private <T> T timed(String text, Callable<T> work) throws Exception {
        long started = System.nanoTime();
        T result = work.call();
        if (text != null && text.length() >= 1_000) { // short texts are mostly fixed cost: they would skew the rate
            double observed = (double) (System.nanoTime() - started) / text.length();
            nanosPerChar = nanosPerChar * 0.9 + observed * 0.1;
        }
        return result;
    }

    /** Seconds for the posted checks in flight to drain, from the observed checker rate: when a shed caller may fit. */
    long retryAfterSeconds() {
        double chars = (double) postedChecks.used() * weight.unitBytes();
        double seconds = chars * nanosPerChar / threads / 1e9;
        return Math.max(1, Math.min(MAX_RETRY_AFTER_SECONDS, (long) Math.ceil(seconds)));
    }

    private RoleChecker checkerFor(KnowledgeSnapshot snapshot) {
        Compiled current = compiled;
        if (current != null && current.snapshot() == snapshot) {
            return current.checker();
        }
        synchronized (this) {
            if (compiled == null || compiled.snapshot() != snapshot) {
                long started = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                compiled = new Compiled(snapshot, new RoleChecker(snapshot));
                // CPU time too: on a busy machine the wall time says more about the neighbours than about the work
                LOG.infof("Checker compiled over %d people, %d offices, %d tenures in %d ms (%d ms of CPU)",
                        snapshot.people().size(), snapshot.offices().size(), snapshot.tenures().size(),
                        (System.nanoTime() - started) / 1_000_000, (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
            }
            return compiled.checker();
        }
    }

    private <T> Uni<T> onWorker(Lane lane, Callable<T> work) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Uni.createFrom().item(() -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        // The job completes the Uni back on the caller's context; cancelled while queued, it leaves the queue.
        return Uni.createFrom().emitter(emitter -> {
            Job<T> job = new Job<>(lane, sequence.incrementAndGet(), work, context, emitter);
            emitter.onTermination(() -> {
                if (job.cancel()) {
                    pool.remove(job);
                }
            });
            try {
                pool.execute(job);
            } catch (RuntimeException rejected) { // shut down
                emitter.fail(rejected);
            }
        });
    }

    /**
     * Daemon threads that first lower their own CPU priority (Linux niceness, claims.check.nice): the checker can keep
     * every core busy, and the event loops that serve reads, writes and the gate must still get the CPU at once when
     * they have work. Java has no API for a thread's niceness (Thread.setPriority does nothing on Linux by default),
     * so each thread runs {@code renice} on its own thread id; where that is impossible the thread runs as it is.
     */
    private static ThreadFactory checkerThreads(int nice) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(() -> {
                lowerOwnPriority(nice);
                runnable.run();
            }, "claims-checker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void lowerOwnPriority(int nice) {
        if (nice <= 0) {
            return;
        }
        try {
            // /proc/thread-self is <pid>/task/<tid>
            String tid = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
            Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
            } else if (renice.exitValue() == 0) {
                LOG.debugf("%s runs at nice %d", Thread.currentThread().getName(), nice);
                return;
            }
            LOG.infof("Could not lower the checker thread's priority (renice failed); it runs at the JVM's");
        } catch (IOException | UnsupportedOperationException e) {
            LOG.infof("Could not lower the checker thread's priority (%s); it runs at the JVM's", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Compiled(KnowledgeSnapshot snapshot, RoleChecker checker) {
    }

    /** Queue lanes, in the order they are served. */
    private enum Lane {
        ARTICLE, POSTED
    }

    /** One check waiting for or running on the pool; ordered by lane, then first come first served. */
    private static final class Job<T> implements Runnable, Comparable<Job<?>> {

        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int CANCELLED = 2;

        final Lane lane;
        final long order;
        final Context context;
        final UniEmitter<? super T> emitter;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        volatile Callable<T> work;

        Job(Lane lane, long order, Callable<T> work, Context context, UniEmitter<? super T> emitter) {
            this.lane = lane;
            this.order = order;
            this.work = work;
            this.context = context;
            this.emitter = emitter;
        }

        /** True when the job had not started: it will not run, and its text is let go. */
        boolean cancel() {
            if (state.compareAndSet(QUEUED, CANCELLED)) {
                work = null;
                return true;
            }
            return false;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            Callable<T> task = work;
            work = null;
            try {
                T result = task.call();
                context.runOnContext(ignored -> emitter.complete(result));
            } catch (Throwable failure) {
                context.runOnContext(ignored -> emitter.fail(failure));
            }
        }

        @Override
        public int compareTo(Job<?> other) {
            int byLane = lane.compareTo(other.lane);
            return byLane != 0 ? byLane : Long.compare(order, other.order);
        }
    }
}
