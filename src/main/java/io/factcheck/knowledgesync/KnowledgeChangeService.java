package io.factcheck.knowledgesync;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.common.Timestamps;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.factcheck.knowledge.Office;
import io.factcheck.knowledge.OfficeRepository;
import io.factcheck.knowledge.Person;
import io.factcheck.knowledge.PersonRepository;
import io.factcheck.knowledge.Tenure;
import io.factcheck.knowledge.TenureOrigin;
import io.factcheck.knowledge.TenureRepository;
import io.factcheck.knowledge.WikidataImport;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/**
 * The changes runs found, and an admin's decisions on proposals. Accepting applies Wikidata's dates to the tenure
 * (which then counts as Wikidata's), if the tenure still has the dates the proposal was made against; a REVIEW run
 * then re-checks the articles of its office. Rejecting keeps the knowledge, and later runs do not propose the same
 * dates again.
 */
@ApplicationScoped
public class KnowledgeChangeService {

    private static final Logger LOG = Logger.getLogger(KnowledgeChangeService.class);

    private final KnowledgeChangeRepository changes;
    private final TenureRepository tenures;
    private final PersonRepository people;
    private final OfficeRepository offices;
    private final KnowledgeSyncService syncs;

    public KnowledgeChangeService(KnowledgeChangeRepository changes, TenureRepository tenures,
            PersonRepository people, OfficeRepository offices, KnowledgeSyncService syncs) {
        this.changes = changes;
        this.tenures = tenures;
        this.people = people;
        this.offices = offices;
        this.syncs = syncs;
    }

    @WithSession
    public Uni<Page<ChangeView>> list(List<ChangeStatus> statuses, UUID syncId, PageRequest page) {
        return changes.list(statuses, syncId, page).chain(rows -> views(rows)
                .map(views -> page.page(views, ChangeView::createdAt, ChangeView::id, v -> v)));
    }

    @WithSession
    public Uni<ChangeView> get(UUID id) {
        return find(id).chain(change -> views(List.of(change))).map(views -> views.get(0));
    }

    /** Applies a proposal; 409 when it is no proposal (any more) or its tenure changed since. */
    public Uni<ChangeView> accept(UUID id, String decidedBy) {
        Instant now = Timestamps.now();
        KnowledgeSync run = new KnowledgeSync();
        return Panache.withTransaction(() -> changes.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("knowledge change", id))
                .call(change -> open(change))
                .chain(change -> tenures.findById(change.tenureId)
                        .onItem().ifNull().failWith(() -> new ConflictException("The proposal's tenure was deleted"))
                        .call(tenure -> stillAsProposed(change, tenure))
                        .call(tenure -> tenures.termTaken(tenure.personId, tenure.officeId, change.afterStart, tenure.id)
                                .invoke(taken -> {
                                    if (taken) {
                                        throw new ConflictException("The person has another term in this office "
                                                + "starting " + change.afterStart + ": edit the tenures by hand");
                                    }
                                }))
                        .chain(tenure -> people.findById(tenure.personId).chain(person -> {
                            tenure.startDate = change.afterStart;
                            tenure.endDate = change.afterEnd;
                            tenure.precision = change.afterPrecision;
                            tenure.origin = TenureOrigin.WIKIDATA;
                            tenure.source = WikidataImport.ENTITY_PAGE + entityOf(person, change.statementId);
                            tenure.confirmedAt = now;
                            tenure.updatedAt = now;
                            run.id = UUID.randomUUID();
                            run.kind = SyncKind.REVIEW;
                            run.trigger = SyncTrigger.MANUAL;
                            run.state = SyncState.RECHECKING;
                            run.requestedBy = decidedBy;
                            run.tenuresChanged = 1;
                            run.createdAt = now;
                            run.appliedAt = now;
                            run.heartbeatAt = now;
                            change.status = ChangeStatus.ACCEPTED;
                            change.decidedAt = now;
                            change.decidedBy = decidedBy;
                            change.reviewSyncId = run.id;
                            return Panache.getSession().chain(s -> s.persist(run)).replaceWith(change);
                        }))))
                .invoke(change -> {
                    LOG.infof("Knowledge change %s accepted by %s: tenure %s now %s to %s", id, decidedBy,
                            change.tenureId, change.afterStart, change.afterEnd);
                    syncs.recheckInBackground(run.id, List.of(change.officeId));
                })
                .chain(change -> get(change.id));
    }

    /** Keeps the knowledge as it is; later runs do not propose these dates again. */
    public Uni<ChangeView> reject(UUID id, String decidedBy) {
        return Panache.withTransaction(() -> changes.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("knowledge change", id))
                .call(this::open)
                .invoke(change -> {
                    change.status = ChangeStatus.REJECTED;
                    change.decidedAt = Timestamps.now();
                    change.decidedBy = decidedBy;
                }))
                .invoke(change -> LOG.infof("Knowledge change %s rejected by %s", id, decidedBy))
                .chain(change -> get(change.id));
    }

    private Uni<Void> open(KnowledgeChange change) {
        if (change.status != ChangeStatus.PROPOSED) {
            throw new ConflictException("The change is " + change.status + ", not PROPOSED: only a proposal is "
                    + "accepted or rejected");
        }
        if (change.tenureId == null) {
            throw new ConflictException("The proposal's tenure was deleted");
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> stillAsProposed(KnowledgeChange change, Tenure tenure) {
        if (!Objects.equals(tenure.startDate, change.beforeStart) || !Objects.equals(tenure.endDate, change.beforeEnd)
                || tenure.precision != change.beforePrecision) {
            throw new ConflictException("The tenure changed since the proposal was made (it now runs from "
                    + tenure.startDate + " to " + (tenure.endDate == null ? "now" : tenure.endDate)
                    + "): reject the proposal, or edit the tenure by hand");
        }
        return Uni.createFrom().voidItem();
    }

    /** The person's Wikidata item: theirs, or the subject of the statement ("Q42$…"). */
    private static String entityOf(Person person, String statementId) {
        if (person != null && person.wikidataId != null) {
            return person.wikidataId;
        }
        return statementId == null ? "" : statementId.substring(0, Math.max(0, statementId.indexOf('$')));
    }

    private Uni<KnowledgeChange> find(UUID id) {
        return changes.findById(id).onItem().ifNull()
                .failWith(() -> new ResourceNotFoundException("knowledge change", id));
    }

    /** Views with the people and offices named, two queries for a whole page. */
    private Uni<List<ChangeView>> views(List<KnowledgeChange> rows) {
        List<UUID> personIds = rows.stream().map(c -> c.personId).filter(Objects::nonNull).distinct().toList();
        List<UUID> officeIds = rows.stream().map(c -> c.officeId).filter(Objects::nonNull).distinct().toList();
        Uni<List<Person>> personRows = personIds.isEmpty() ? Uni.createFrom().item(List.of())
                : people.list("id in ?1", personIds);
        return personRows.chain(ps -> (officeIds.isEmpty() ? Uni.createFrom().<List<Office>>item(List.of())
                : offices.list("id in ?1", officeIds)).map(os -> {
                    Map<UUID, Person> personById = new HashMap<>();
                    ps.forEach(p -> personById.put(p.id, p));
                    Map<UUID, Office> officeById = new HashMap<>();
                    os.forEach(o -> officeById.put(o.id, o));
                    return rows.stream().map(c -> ChangeView.of(c, personById.get(c.personId),
                            officeById.get(c.officeId))).toList();
                }));
    }
}
