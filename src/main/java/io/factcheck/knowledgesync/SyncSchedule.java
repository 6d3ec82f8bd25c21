package io.factcheck.knowledgesync;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CLAIMS_KNOWLEDGE_SYNC=daily: every instance sets a timer for the next daily time (CLAIMS_KNOWLEDGE_SYNC_AT, UTC);
 * all of them fire, and the slot of that day ("daily:2026-03-05") lets one of them run the sync (see {@link SyncLease}).
 * A missed day (every instance down at the time) is not caught up: the next day's sync brings the knowledge current.
 */
@ApplicationScoped
public class SyncSchedule {

    private static final Logger LOG = Logger.getLogger(SyncSchedule.class);

    private final SyncSettings.Sync settings;
    private final KnowledgeSyncService service;
    private final BackgroundJobs jobs;
    private final Vertx vertx;
    private final Clock clock = Clock.systemUTC();
    private volatile long timer = -1;
    private volatile boolean stopped;

    public SyncSchedule(SyncSettings settings, KnowledgeSyncService service, BackgroundJobs jobs, Vertx vertx) {
        this.settings = settings.sync();
        this.service = service;
        this.jobs = jobs;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.mode() == SyncSettings.SyncMode.DAILY) {
            LOG.infof("Knowledge sync: daily at %s UTC from %s", settings.dailyAt(), settings.sparqlUrl());
            scheduleNext();
        } else {
            LOG.debug("Knowledge sync: not scheduled (CLAIMS_KNOWLEDGE_SYNC=off); POST /api/v1/knowledge/sync runs one");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void scheduleNext() {
        if (stopped) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.toLocalDate().atTime(settings.dailyAt()).atZone(ZoneOffset.UTC);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        String slot = slot(next.toLocalDate());
        long delay = Math.max(1, Duration.between(now, next).toMillis());
        timer = vertx.setTimer(delay, id -> {
            runSlot(slot);
            scheduleNext();
        });
        LOG.debugf("Next knowledge sync: %s (%s)", next, slot);
    }

    /** Runs a slot's sync here unless another instance does (public for tests of several instances at once). */
    public void runSlot(String slot) {
        jobs.start("scheduled knowledge sync " + slot, job -> job.step(() -> service.startScheduled(slot))
                .onFailure().invoke(failure -> LOG.errorf(failure, "Scheduled knowledge sync %s could not start", slot))
                .onFailure().recoverWithNull());
    }

    static String slot(LocalDate day) {
        return "daily:" + day;
    }
}
