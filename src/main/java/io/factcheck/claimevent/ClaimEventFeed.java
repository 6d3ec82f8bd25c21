package io.factcheck.claimevent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * This instance's view of every claim change, whichever instance made it. One dedicated connection LISTENs on the
 * channel the claim_event trigger notifies; it reconnects after a lost connection and then catches up from the log by
 * id, so nothing committed during the outage is missed. Notified ids are fetched in batches (with the claims' current
 * state) and handed to {@link ClaimStreams}, which writes them to every open stream.
 */
@ApplicationScoped
public class ClaimEventFeed {

    static final String CHANNEL = "claim_events";
    /** The LISTEN connection's application_name, so operators (and tests) can find it in pg_stat_activity. */
    static final String LISTENER_NAME = "claims-api-listener";
    /** Ids commit out of order; catching up re-reads this many ids below the highest seen (duplicates are skipped). */
    private static final long CATCH_UP_SLACK = 1000;
    private static final int DELIVERED_MEMORY = 10_000;
    /** Notified ids fetched per query: half a stream's buffer. */
    private static final int FETCH_LIMIT = ClaimStreams.STREAM_BUFFER / 2;

    private static final Logger LOG = Logger.getLogger(ClaimEventFeed.class);

    private final ClaimEventLog log;
    private final ClaimStreams streams;
    private final Vertx vertx;
    private final PgConnectOptions listenerOptions;
    private final Duration retention;
    private final Duration cleanupInterval;

    // Guarded by this: what to fetch next, and which ids were already broadcast.
    private final TreeSet<Long> pendingIds = new TreeSet<>();
    private final LinkedHashSet<Long> delivered = new LinkedHashSet<>();
    private boolean catchUpPending;
    private boolean draining;
    private long startId;
    private long highest;
    private boolean closed;

    private PgSubscriber subscriber;
    private long cleanupTimer = -1;

    public ClaimEventFeed(ClaimEventLog log, ClaimStreams streams, Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "claims.events.retention") Duration retention,
            @ConfigProperty(name = "claims.events.cleanup-interval") Duration cleanupInterval) {
        this.log = log;
        this.streams = streams;
        this.vertx = vertx;
        this.retention = retention;
        this.cleanupInterval = cleanupInterval;
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        options.addProperty("application_name", LISTENER_NAME);
        options.setMetricsName(LISTENER_NAME);
        this.listenerOptions = options;
    }

    void start(@Observes StartupEvent ignored) {
        subscriber = PgSubscriber.subscriber(vertx, listenerOptions)
                // Retry for ever, quickly at first: a stream must not go silent because of one dropped connection.
                .reconnectPolicy(retries -> Math.min(100L << Math.min(retries, 6), 5_000L));
        subscriber.channel(CHANNEL)
                .subscribeHandler(listening -> {
                    LOG.debugf("Listening on %s", CHANNEL);
                    subscriber.actualConnection().exceptionHandler(failure -> LOG.warnf(
                            "Claim event listener connection failed (%s); reconnecting", failure.getMessage()));
                    catchUp();
                })
                .handler(this::notified);
        subscriber.closeHandler(done -> {
            if (!isClosed()) {
                LOG.error("Claim event listener closed; live updates are off");
            }
        });
        begin();
        cleanupTimer = vertx.setPeriodic(cleanupInterval.toMillis(), timer -> log.deleteOlderThan(retention)
                .subscribe().with(deleted -> LOG.debugf("Deleted %d old claim events", deleted),
                        failure -> LOG.warn("Cannot delete old claim events", failure)));
    }

    /**
     * At the start of a shutdown, before HTTP drains: an open stream would otherwise hold the drain for its whole
     * timeout. Ended streams let their clients resume elsewhere with Last-Event-ID.
     */
    void endStreams(@Observes ShutdownDelayInitiatedEvent ignored) {
        stop(null);
    }

    void stop(@Observes ShutdownEvent ignored) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        LOG.info("Shutting down: claim event streams end (clients resume elsewhere with Last-Event-ID)");
        if (cleanupTimer >= 0) {
            vertx.cancelTimer(cleanupTimer);
        }
        if (subscriber != null) {
            subscriber.close();
        }
        streams.endAll();
    }

    /** Everything after the newest event at start is this instance's to deliver; older events only by replay. */
    private void begin() {
        log.latestId().subscribe().with(latest -> {
            synchronized (this) {
                startId = latest;
                highest = latest;
            }
            connect();
        }, failure -> {
            LOG.warnf("Cannot read the claim event log (%s); retrying", failure.getMessage());
            if (!isClosed()) {
                vertx.setTimer(1_000, timer -> begin());
            }
        });
    }

    private void connect() {
        if (isClosed()) {
            return;
        }
        subscriber.connect().onFailure(failure -> {
            LOG.warnf("Cannot connect the claim event listener (%s); retrying", failure.getMessage());
            vertx.setTimer(1_000, timer -> connect());
        });
    }

    private void notified(String payload) {
        try {
            long id = Long.parseLong(payload.trim());
            synchronized (this) {
                pendingIds.add(id);
            }
        } catch (NumberFormatException e) {
            LOG.warnf("Ignoring a malformed claim event notification: %s", payload);
            return;
        }
        drain();
    }

    /** After (re)connecting: anything committed while this instance was not listening is in the log. */
    private void catchUp() {
        synchronized (this) {
            catchUpPending = true;
        }
        drain();
    }

    /** Runs one fetch at a time, in order, until nothing is pending; broadcasts from one thread at a time. */
    private void drain() {
        Uni<List<ClaimEvent>> fetch;
        synchronized (this) {
            if (draining || closed) {
                return;
            }
            if (catchUpPending) {
                catchUpPending = false;
                fetch = log.after(Math.max(startId, highest - CATCH_UP_SLACK), null, false);
            } else if (!pendingIds.isEmpty()) {
                // Oldest first and bounded, so a burst reaches the streams in batches each can buffer.
                List<Long> ids = new ArrayList<>(Math.min(pendingIds.size(), FETCH_LIMIT));
                while (ids.size() < FETCH_LIMIT && !pendingIds.isEmpty()) {
                    ids.add(pendingIds.pollFirst());
                }
                fetch = log.byIds(ids);
            } else {
                return;
            }
            draining = true;
        }
        fetch.subscribe().with(events -> {
            broadcast(events);
            synchronized (this) {
                draining = false;
            }
            drain();
        }, failure -> {
            LOG.warnf("Cannot read claim events (%s); catching up in a second", failure.getMessage());
            synchronized (this) {
                catchUpPending = true;
            }
            vertx.setTimer(1_000, timer -> {
                synchronized (this) {
                    draining = false;
                }
                drain();
            });
        });
    }

    private void broadcast(List<ClaimEvent> events) {
        List<ClaimEvent> fresh = new ArrayList<>();
        synchronized (this) {
            for (ClaimEvent event : events) {
                if (delivered.add(event.id())) {
                    fresh.add(event);
                    highest = Math.max(highest, event.id());
                }
            }
            for (Iterator<Long> oldest = delivered.iterator(); delivered.size() > DELIVERED_MEMORY;) {
                oldest.next();
                oldest.remove();
            }
        }
        fresh.sort(Comparator.comparingLong(ClaimEvent::id));
        streams.publish(fresh);
    }

    private synchronized boolean isClosed() {
        return closed;
    }
}
