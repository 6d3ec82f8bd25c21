package io.factcheck.check;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

import org.jboss.logging.Logger;

import io.factcheck.knowledge.KnowledgeSnapshots;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the role checker on the current knowledge. The checker is CPU work, so it runs on a worker thread and its result
 * comes back on the caller's Vert.x context (where the reactive session lives). It is rebuilt, once, whenever the
 * knowledge snapshot changes: edits take effect on the next check without a restart.
 */
@ApplicationScoped
public class CheckService {

    private static final Logger LOG = Logger.getLogger(CheckService.class);

    private final KnowledgeSnapshots snapshots;
    private volatile Compiled compiled;

    public CheckService(KnowledgeSnapshots snapshots) {
        this.snapshots = snapshots;
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

    private static <T> Uni<T> onWorker(Callable<T> work) {
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
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work, false).toCompletionStage());
    }

    private record Compiled(KnowledgeSnapshot snapshot, RoleChecker checker) {
    }
}
