package io.factcheck.knowledgesync;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Work that outlives the request that started it (a sync, a re-check), run on its own Vert.x context: a new
 * duplicated context that Hibernate Reactive accepts, as a request's is. Waits and HTTP answers may resume the work on
 * other threads; {@link Job#step} brings each database step back onto the job's context.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);

    /** The context a job runs on. */
    public record Job(Context context) {

        /** Runs a step (a transaction, a query) on the job's context, wherever the job currently is. */
        public <T> Uni<T> step(Supplier<Uni<T>> work) {
            return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> {
                try {
                    work.get().subscribe().with(emitter::complete, emitter::fail);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            }));
        }

        /** Completes after a while, on no particular thread. */
        public Uni<Void> pause(Duration duration) {
            if (duration.isZero() || duration.isNegative()) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().emitter(emitter -> context.owner().setTimer(Math.max(1, duration.toMillis()),
                    id -> emitter.complete(null)));
        }

        public Vertx vertx() {
            return context.owner();
        }
    }

    private final Vertx vertx;

    public BackgroundJobs(Vertx vertx) {
        this.vertx = vertx;
    }

    /**
     * Starts the job now, in the background, on a context of its own: never the caller's (a request's context holds
     * the request's reactive session, which the job must not share). A failure the job did not handle is logged.
     */
    public void start(String name, Function<Job, Uni<?>> work) {
        Context current = Vertx.currentContext();
        Context root = current == null ? vertx.getOrCreateContext() : VertxContext.getRootContext(current);
        Context context = VertxContext.createNewDuplicatedContext(root);
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> Uni.createFrom().deferred(() -> work.apply(new Job(context)))
                .subscribe().with(done -> {
                }, failure -> LOG.errorf(failure, "Background job %s failed", name)));
    }
}
