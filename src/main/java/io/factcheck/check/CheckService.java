package io.factcheck.check;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.factcheck.knowledge.KnowledgeSnapshots;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the role checker on the current knowledge. The checker is CPU work, so it runs off the event loop, on its own
 * worker pool of one thread per core (claims.check.threads, 0 for one per core): with Quarkus' shared pool, 64 concurrent checks ran as 64
 * threads time-slicing two cores, each evicting the others' caches. Checks beyond the pool queue there, not on the
 * event loop, and the result comes back on the caller's Vert.x context (where the reactive session lives). The checker
 * is rebuilt, once, whenever the knowledge snapshot changes: edits take effect on the next check without a restart.
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);

    private final KnowledgeSnapshots snapshots;
    private final WorkerExecutor pool;
    private volatile Compiled compiled;

    public CheckService(KnowledgeSnapshots snapshots, Vertx vertx,
            @ConfigProperty(name = "claims.check.threads") int threads) {
        this.snapshots = snapshots;
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.pool = vertx.createSharedWorkerExecutor("claims-checker", size);
        LOG.debugf("Checker pool: %d threads", size);
    }

    @PreDestroy
    void close() {
        pool.close();
    }

    public Uni<List<Annotation>> check(String text, LocalDate referenceDate) {
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now(ZoneOffset.UTC);
        return snapshots.current()
                .chain(snapshot -> onWorker(() -> checkerFor(snapshot).check(text, reference)));
    }

    private RoleChecker checkerFor(KnowledgeSnapshot snapshot) {
        Compiled current = compiled;
        if (current != null && current.snapshot() == snapshot) {
            return current.checker();
        }
        synchronized (this) {
            if (compiled == null || compiled.snapshot() != snapshot) {
                long started = System.nanoTime();
                compiled = new Compiled(snapshot, new RoleChecker(snapshot));
                LOG.infof("Checker compiled over %d people, %d offices, %d tenures in %d ms", snapshot.people().size(),
                        snapshot.offices().size(), snapshot.tenures().size(), (System.nanoTime() - started) / 1_000_000);
            }
            return compiled.checker();
        }
    }

    private <T> Uni<T> onWorker(Callable<T> work) {
        if (Vertx.currentContext() == null) {
            return Uni.createFrom().item(() -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        // Called on a Vert.x context, the executor completes the future back on that context.
        return Uni.createFrom().completionStage(() -> pool.executeBlocking(work, false).toCompletionStage());
    }

    private record Compiled(KnowledgeSnapshot snapshot, RoleChecker checker) {
    }
}
