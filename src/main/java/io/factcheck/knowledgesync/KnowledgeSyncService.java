package io.factcheck.knowledgesync;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.knowledge.KnowledgeSnapshots;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.OfficeRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs syncs and imports. A sync takes the lease (one at a time, whatever the number of instances), queries the
 * endpoint for every office with a Wikidata id in batches, and only when every batch answered applies the whole change
 * set in one transaction; then the affected articles are re-checked in the background. A failure at any point before
 * the change set commits changes nothing and says why on the run; the next sync starts over.
 */
@ApplicationScoped
public class KnowledgeSyncService {

    private static final Logger LOG = Logger.getLogger(KnowledgeSyncService.class);
    private static final Pattern ITEM_ID = Pattern.compile("Q[1-9]\\d*");

    private final SyncSettings.Sync settings;
    private final SparqlEndpoint endpoint;
    private final SyncLease lease;
    private final ChangeSetWriter writer;
    private final RecheckRunner rechecks;
    private final BackgroundJobs jobs;
    private final OfficeRepository offices;
    private final KnowledgeSyncRepository runs;
    private final KnowledgeSnapshots snapshots;
    private final Pool pool;

    public KnowledgeSyncService(SyncSettings settings, SparqlEndpoint endpoint, SyncLease lease,
            ChangeSetWriter writer, RecheckRunner rechecks, BackgroundJobs jobs, OfficeRepository offices,
            KnowledgeSyncRepository runs, KnowledgeSnapshots snapshots, Pool pool) {
        this.settings = settings.sync();
        this.endpoint = endpoint;
        this.lease = lease;
        this.writer = writer;
        this.rechecks = rechecks;
        this.jobs = jobs;
        this.offices = offices;
        this.runs = runs;
        this.snapshots = snapshots;
        this.pool = pool;
    }

    @WithSession
    public Uni<KnowledgeSync> get(UUID id) {
        return runs.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("knowledge sync", id));
    }

    /** POST /knowledge/sync: starts a sync in the background and answers its run; 409 while another runs. */
    public Uni<KnowledgeSync> startManual(String requestedBy) {
        KnowledgeSync run = newRun(SyncKind.SYNC, SyncTrigger.MANUAL, null, requestedBy);
        run.endpoint = endpoint.url().toString();
        return lease.begin(run, settings.lease()).chain(start -> {
            if (start.started() == null) {
                throw busy(start);
            }
            jobs.start("knowledge sync " + run.id, job -> sync(job, run.id));
            return get(run.id);
        });
    }

    /**
     * The schedule's sync for a slot ("daily:2026-03-05"): started unless another instance holds the lease or ran
     * the slot already. Emits the run's id, or null when this instance does nothing.
     */
    public Uni<UUID> startScheduled(String slot) {
        KnowledgeSync run = newRun(SyncKind.SYNC, SyncTrigger.SCHEDULED, slot, null);
        run.endpoint = endpoint.url().toString();
        return lease.begin(run, settings.lease()).map(start -> {
            if (start.started() == null) {
                LOG.infof("Scheduled knowledge sync %s not started here: %s", slot, start.busy() != null
                        ? "sync " + start.busy() + " holds the lease" : "another instance ran it");
                return null;
            }
            LOG.infof("Scheduled knowledge sync %s started: run %s", slot, run.id);
            jobs.start("knowledge sync " + run.id, job -> sync(job, run.id));
            return run.id;
        });
    }

    /**
     * POST /knowledge/import/sparql: applies an answer someone fetched, in one transaction, and answers the run;
     * its re-check goes on in the background. {@code asOf}: the day the query ran, if the caller says.
     */
    public Uni<KnowledgeSync> importAnswer(SparqlAnswer answer, LocalDate asOf, String requestedBy) {
        KnowledgeSync run = newRun(SyncKind.IMPORT, SyncTrigger.MANUAL, null, requestedBy);
        run.asOf = asOf;
        return lease.begin(run, settings.lease()).chain(start -> {
            if (start.started() == null) {
                throw busy(start);
            }
            return writer.apply(run.id, answer.positions(), List.of(), asOf, 0, List.of())
                    .onFailure().call(failure -> fail(run.id, failure, 0, 0))
                    .invoke(applied -> {
                        afterApply(applied, "import");
                        if (applied.state() == SyncState.RECHECKING) {
                            startRecheck(applied.syncId(), applied.changedOffices());
                        }
                    })
                    .chain(applied -> get(run.id));
        });
    }

    /** After an accepted proposal: the REVIEW run re-checks the articles of its office. */
    public void recheckInBackground(UUID syncId, List<UUID> officeIds) {
        snapshots.invalidate();
        startRecheck(syncId, officeIds);
    }

    private void startRecheck(UUID syncId, List<UUID> officeIds) {
        jobs.start("knowledge re-check " + syncId, job -> rechecks.run(job, syncId, officeIds)
                .onFailure().call(failure -> job.step(() -> fail(syncId, failure, 0, 0))));
    }

    private Uni<Void> sync(BackgroundJobs.Job job, UUID syncId) {
        AtomicInteger requests = new AtomicInteger();
        List<KnowledgeSync.Skipped> skipped = new ArrayList<>();
        List<String> queried = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long renewEvery = Math.max(1_000, settings.lease().toMillis() / 3);
        long renewal = job.vertx().setPeriodic(renewEvery, timer -> job.step(() -> lease.renew(syncId, settings.lease()))
                .subscribe().with(held -> {
                }, failure -> LOG.warnf("Could not renew the knowledge sync lease: %s", failure.getMessage())));
        return job.step(() -> Panache.withSession(() -> offices.list("wikidataId is not null", Sort.by("wikidataId"))))
                .chain(rows -> {
                    for (Office office : rows) {
                        if (ITEM_ID.matcher(office.wikidataId).matches()) {
                            queried.add(office.wikidataId);
                        } else {
                            skipped.add(new KnowledgeSync.Skipped(null, null, office.name() + " (" + office.id + ")",
                                    "its Wikidata id \"" + office.wikidataId + "\" is not an item id (Q…): not queried"));
                        }
                    }
                    LOG.infof("Knowledge sync %s: querying %s for %d office(s) in batches of %d", syncId,
                            endpoint.url(), queried.size(), settings.batchSize());
                    return fetchAll(job, queried, requests);
                })
                .chain(positions -> job.step(() -> writer.apply(syncId, positions, queried, today, requests.get(),
                        skipped)))
                .eventually(() -> job.vertx().cancelTimer(renewal))
                .invoke(applied -> afterApply(applied, "sync"))
                .chain(applied -> applied.state() == SyncState.RECHECKING
                        ? rechecks.run(job, syncId, applied.changedOffices())
                        : Uni.createFrom().voidItem())
                .onFailure().call(failure -> job.step(() -> fail(syncId, failure, requests.get(), queried.size())))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Every batch, one after the other with a pause between; the first failure fails them all. */
    private Uni<List<HeldPosition>> fetchAll(BackgroundJobs.Job job, List<String> officeIds, AtomicInteger requests) {
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < officeIds.size(); from += settings.batchSize()) {
            batches.add(officeIds.subList(from, Math.min(officeIds.size(), from + settings.batchSize())));
        }
        List<HeldPosition> positions = new ArrayList<>();
        AtomicInteger index = new AtomicInteger();
        return Multi.createFrom().iterable(batches)
                .onItem().transformToUniAndConcatenate(batch -> (index.getAndIncrement() == 0
                        ? Uni.createFrom().voidItem() : job.pause(settings.pause()))
                        .chain(() -> endpoint.query(HolderQuery.forOffices(batch), requests)))
                .invoke(answer -> positions.addAll(answer.positions()))
                .collect().last()
                .replaceWith(positions);
    }

    private void afterApply(ChangeSetWriter.Applied applied, String what) {
        snapshots.invalidate();
        LOG.infof("Knowledge %s %s applied; %d office(s) changed", what, applied.syncId(),
                applied.changedOffices().size());
    }

    /** Records why the run failed, and gives its lease up. */
    private Uni<Void> fail(UUID syncId, Throwable failure, int requests, int officesQueried) {
        String reason = failure instanceof SyncFailure || failure instanceof SparqlAnswerException
                ? failure.getMessage()
                : "unexpected error: " + failure;
        LOG.warnf("Knowledge run %s failed: %s", syncId, reason);
        return pool.preparedQuery("update knowledge_sync set state = 'FAILED', error = $2, finished_at = now(), "
                + "heartbeat_at = now(), requests = greatest(requests, $3), "
                + "offices_queried = greatest(offices_queried, $4) where id = $1 and state <> 'SUCCEEDED'")
                .execute(Tuple.of(syncId, reason, requests, officesQueried))
                .chain(() -> lease.release(syncId))
                .onFailure().invoke(e -> LOG.errorf(e, "Could not record the failure of knowledge run %s", syncId))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static ConflictException busy(SyncLease.Start start) {
        return new ConflictException(start.busy() == null ? "A sync ran in this slot already"
                : "A knowledge sync or import is running: /api/v1/knowledge/syncs/" + start.busy()
                        + " (wait for it to finish)");
    }

    private static KnowledgeSync newRun(SyncKind kind, SyncTrigger trigger, String slot, String requestedBy) {
        KnowledgeSync run = new KnowledgeSync();
        run.id = UUID.randomUUID();
        run.kind = kind;
        run.trigger = trigger;
        run.slot = slot;
        run.requestedBy = requestedBy;
        return run;
    }
}
