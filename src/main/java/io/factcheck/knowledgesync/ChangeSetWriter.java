package io.factcheck.knowledgesync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.hibernate.reactive.mutiny.Mutiny;

import io.factcheck.common.Timestamps;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.OfficeRepository;
import io.factcheck.knowledge.Person;
import io.factcheck.knowledge.PersonRepository;
import io.factcheck.knowledge.Tenure;
import io.factcheck.knowledge.TenureRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies a run's change set in one transaction: loads the knowledge the statements touch, plans (see
 * {@link ChangePlanner}), writes the rows and the change log, advances the known-until dates of the offices the answer
 * covers, records the run's counts, and gives up the run's lease. Anything failing rolls all of it back.
 */
@ApplicationScoped
public class ChangeSetWriter {

    /** Rows per "in (…)" list: far below PostgreSQL's limit of bind parameters per statement. */
    private static final int CHUNK = 1000;

    private final PersonRepository people;
    private final OfficeRepository offices;
    private final TenureRepository tenures;
    private final KnowledgeChangeRepository changes;
    private final KnowledgeSyncRepository runs;

    public ChangeSetWriter(PersonRepository people, OfficeRepository offices, TenureRepository tenures,
            KnowledgeChangeRepository changes, KnowledgeSyncRepository runs) {
        this.people = people;
        this.offices = offices;
        this.tenures = tenures;
        this.changes = changes;
        this.runs = runs;
    }

    /** What the change set did to the knowledge: the offices whose holders changed (their articles are re-checked). */
    public record Applied(UUID syncId, List<UUID> changedOffices, SyncState state) {
    }

    /**
     * Applies the statements. {@code covered}: the Wikidata ids of the offices the answer covers in full (a sync's
     * queried offices; their known-until dates advance to {@code asOf}); {@code skipped}: what the run left out before.
     */
    public Uni<Applied> apply(UUID syncId, List<HeldPosition> positions, Collection<String> covered, LocalDate asOf,
            int requests, List<KnowledgeSync.Skipped> skipped) {
        Instant now = Timestamps.now();
        return Panache.withTransaction(() -> keepLease(syncId)
                .chain(() -> runs.findById(syncId))
                .chain(run -> load(positions, covered).chain(knowledge -> {
                    ChangePlanner.Plan plan = ChangePlanner.plan(positions, knowledge, now, asOf);
                    return write(plan, syncId, now).chain(() -> advanceKnownUntil(knowledge, plan, covered, asOf, now))
                            .chain(() -> record(run, plan, positions, covered, requests, skipped, now))
                            .call(() -> Panache.getSession().chain(s -> s.createNativeQuery(SyncLease.releaseSql())
                                    .setParameter("syncId", syncId).executeUpdate()))
                            .map(state -> new Applied(syncId, ChangePlanner.ids(plan.changedOffices), state));
                })));
    }

    /** The lease must still be this run's (its row stays locked until commit): else another run took over. */
    private Uni<Void> keepLease(UUID syncId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SyncLease.keepSql()).setParameter("syncId", syncId)
                .executeUpdate()).invoke(kept -> {
                    if (kept != 1) {
                        throw new SyncFailure("the run lost its lease (it took longer than the lease, and another "
                                + "instance started a sync); nothing was changed");
                    }
                }).replaceWithVoid();
    }

    private Uni<ChangePlanner.Knowledge> load(List<HeldPosition> positions, Collection<String> covered) {
        List<HeldPosition> usable = positions.stream().filter(HeldPosition::usable).toList();
        Set<String> officeIds = new LinkedHashSet<>(covered);
        usable.forEach(p -> officeIds.add(p.officeId()));
        List<String> personIds = usable.stream().map(HeldPosition::personId).distinct().toList();
        return inChunks(List.copyOf(officeIds), offices::findByWikidataIds).chain(knownOffices -> {
            Map<String, Office> officeByWikidataId = new HashMap<>();
            knownOffices.forEach(o -> officeByWikidataId.put(o.wikidataId, o));
            Set<String> unknownLabels = new LinkedHashSet<>();
            usable.stream().filter(p -> !officeByWikidataId.containsKey(p.officeId()) && p.officeLabel() != null)
                    .forEach(p -> unknownLabels.add(p.officeLabel()));
            Uni<List<Office>> unlinked = unknownLabels.isEmpty() ? Uni.createFrom().item(List.of())
                    : offices.list("wikidataId is null").map(all -> all.stream()
                            .filter(o -> unknownLabels.stream().anyMatch(o::isNamed)).toList());
            return unlinked.chain(unlinkedOffices -> inChunks(personIds, people::findByWikidataIds)
                    .chain(knownPeople -> {
                        Map<String, Person> personByWikidataId = new HashMap<>();
                        knownPeople.forEach(p -> personByWikidataId.put(p.wikidataId, p));
                        List<String> unknownNames = usable.stream()
                                .filter(p -> !personByWikidataId.containsKey(p.personId()) && p.personLabel() != null)
                                .map(HeldPosition::personLabel).distinct().toList();
                        List<UUID> officeRowIds = new ArrayList<>();
                        knownOffices.forEach(o -> officeRowIds.add(o.id));
                        unlinkedOffices.forEach(o -> officeRowIds.add(o.id));
                        List<String> statementIds = usable.stream()
                                .filter(p -> !officeByWikidataId.containsKey(p.officeId()))
                                .map(HeldPosition::statementId).toList();
                        return inChunks(unknownNames, people::findUnlinkedByNames)
                                .chain(unlinkedPeople -> inChunks(officeRowIds,
                                        ids -> tenures.list("officeId in ?1", ids))
                                        .chain(ofOffices -> inChunks(statementIds,
                                                ids -> tenures.list("wikidataStatementId in ?1", ids))
                                                .map(byStatement -> distinct(ofOffices, byStatement)))
                                        .chain(rows -> inChunks(rows.stream().map(t -> t.id).toList(),
                                                changes::decisionsAbout)
                                                .map(decisions -> new ChangePlanner.Knowledge(officeByWikidataId,
                                                        unlinkedOffices, personByWikidataId, unlinkedPeople, rows,
                                                        decisions))));
                    }));
        });
    }

    private Uni<Void> write(ChangePlanner.Plan plan, UUID syncId, Instant now) {
        // superseded proposals first: the new proposal for the same tenure may not meet an open one (unique index)
        return Panache.getSession().call(Mutiny.Session::flush)
                .chain(session -> persistAll(session, plan.newPeople)
                        .chain(() -> persistAll(session, plan.newOffices))
                        .chain(() -> {
                            List<Tenure> created = new ArrayList<>();
                            for (ChangePlanner.NewTenure n : plan.newTenures) {
                                n.tenure().personId = n.person().id;
                                n.tenure().officeId = n.office().id;
                                created.add(n.tenure());
                            }
                            return persistAll(session, created);
                        })
                        .chain(() -> persistAll(session, plan.changes.stream().map(c -> change(c, syncId)).toList()))
                        .chain(session::flush)
                        .chain(() -> inChunks(plan.confirmed.stream().map(t -> t.id).toList(), ids -> session
                                .createNativeQuery("update tenure set confirmed_at = :now where id in (:ids)")
                                .setParameter("now", now).setParameter("ids", ids).executeUpdate()
                                .map(n -> List.<Integer>of())))
                        .replaceWithVoid());
    }

    private static KnowledgeChange change(ChangePlanner.PlannedChange planned, UUID syncId) {
        KnowledgeChange c = new KnowledgeChange();
        c.syncId = syncId;
        c.kind = planned.kind();
        c.status = planned.status();
        c.personId = planned.person() == null ? null : planned.person().id;
        c.officeId = planned.office() == null ? null : planned.office().id;
        c.tenureId = planned.tenure() == null ? null : planned.tenure().id;
        if (planned.tenure() != null) {
            c.personId = planned.tenure().personId;
            c.officeId = planned.tenure().officeId;
        }
        c.statementId = planned.statementId();
        if (planned.before() != null) {
            c.beforeStart = planned.before().start();
            c.beforeEnd = planned.before().end();
            c.beforePrecision = planned.before().precision();
        }
        if (planned.after() != null) {
            c.afterStart = planned.after().start();
            c.afterEnd = planned.after().end();
            c.afterPrecision = planned.after().precision();
        }
        c.reason = planned.reason();
        c.createdAt = Timestamps.now();
        return c;
    }

    /**
     * The offices the answer covers know their holders until the answer's day now; an office the answer named (an
     * import's) advances only when the import says which day that is.
     */
    private Uni<Void> advanceKnownUntil(ChangePlanner.Knowledge knowledge, ChangePlanner.Plan plan,
            Collection<String> covered, LocalDate asOf, Instant now) {
        if (asOf == null) {
            return Uni.createFrom().voidItem();
        }
        Set<Office> advanced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (String id : covered) {
            Office office = knowledge.officesByWikidataId().get(id);
            if (office != null) {
                advanced.add(office);
            }
        }
        for (ChangePlanner.PlannedChange c : plan.changes) {
            if (c.office() != null && c.office().id != null) {
                advanced.add(c.office());
            }
        }
        for (Office office : advanced) {
            if (office.knownUntil == null || office.knownUntil.isBefore(asOf)) {
                office.knownUntil = asOf;
                office.updatedAt = now;
            }
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<SyncState> record(KnowledgeSync run, ChangePlanner.Plan plan, List<HeldPosition> positions,
            Collection<String> covered, int requests, List<KnowledgeSync.Skipped> skipped, Instant now) {
        List<KnowledgeSync.Skipped> all = new ArrayList<>(skipped);
        all.addAll(plan.skipped);
        run.officesQueried = covered.size();
        run.requests = requests;
        run.statements = positions.size();
        run.peopleCreated = plan.peopleCreated();
        run.officesCreated = plan.officesCreated();
        run.tenuresCreated = plan.tenuresCreated;
        run.tenuresEnded = plan.tenuresEnded;
        run.tenuresChanged = plan.tenuresChanged;
        run.tenuresConfirmed = plan.tenuresConfirmed;
        run.proposals = plan.proposals;
        run.skippedCount = all.size();
        run.report = new KnowledgeSync.Report(all.subList(0, Math.min(all.size(), KnowledgeSync.Report.MAX_ITEMS)),
                run.report.errors());
        run.appliedAt = now;
        run.heartbeatAt = now;
        run.state = plan.changedOffices.isEmpty() ? SyncState.SUCCEEDED : SyncState.RECHECKING;
        if (run.state == SyncState.SUCCEEDED) {
            run.finishedAt = now;
        }
        return Uni.createFrom().item(run.state);
    }

    private static Uni<Void> persistAll(Mutiny.Session session, List<?> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : session.persistAll(rows.toArray());
    }

    private static List<Tenure> distinct(List<Tenure> a, List<Tenure> b) {
        Map<UUID, Tenure> byId = new java.util.LinkedHashMap<>();
        a.forEach(t -> byId.put(t.id, t));
        b.forEach(t -> byId.putIfAbsent(t.id, t));
        return List.copyOf(byId.values());
    }

    /** One query per chunk of ids, one after the other (a session runs one statement at a time). */
    private static <I, R> Uni<List<R>> inChunks(List<I> ids, Function<List<I>, Uni<List<R>>> query) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Uni<List<R>> all = Uni.createFrom().item(new ArrayList<>());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<I> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            all = all.chain(found -> query.apply(chunk).map(rows -> {
                found.addAll(rows);
                return found;
            }));
        }
        return all;
    }
}
