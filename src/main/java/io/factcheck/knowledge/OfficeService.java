package io.factcheck.knowledge;

import java.time.Instant;
import java.util.UUID;

import org.jboss.logging.Logger;

import io.factcheck.common.Timestamps;
import io.factcheck.common.paging.Page;
import io.factcheck.common.paging.PageRequest;
import io.factcheck.common.problem.ConflictException;
import io.factcheck.common.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Offices of the knowledge base; writes invalidate the knowledge snapshot after commit (see PersonService). */
@ApplicationScoped
public class OfficeService {

    private static final Logger LOG = Logger.getLogger(OfficeService.class);

    private final OfficeRepository offices;
    private final KnowledgeSnapshots snapshots;

    public OfficeService(OfficeRepository offices, KnowledgeSnapshots snapshots) {
        this.offices = offices;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<Office> get(UUID id) {
        return offices.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("office", id));
    }

    @WithSession
    public Uni<Page<OfficeView>> list(PageRequest page) {
        return offices.list(page).map(rows -> page.page(rows, o -> o.createdAt, o -> o.id, OfficeView::of));
    }

    public Uni<Office> create(OfficeRequest request) {
        return Panache.withTransaction(() -> rejectTakenWikidataId(request.wikidataId(), null).chain(() -> {
            Instant now = Timestamps.now();
            Office office = new Office();
            apply(office, request);
            office.createdAt = now;
            office.updatedAt = now;
            return offices.persist(office);
        })).invoke(snapshots::invalidate).invoke(o -> LOG.infof("Office %s created: %s", o.id, o.name()));
    }

    public Uni<Office> update(UUID id, OfficeRequest request) {
        return Panache.withTransaction(() -> get(id)
                .call(office -> rejectTakenWikidataId(request.wikidataId(), id))
                .invoke(office -> {
                    apply(office, request);
                    office.updatedAt = Timestamps.now();
                }))
                .invoke(snapshots::invalidate).invoke(o -> LOG.infof("Office %s updated: %s", o.id, o.name()));
    }

    /** Deletes the office with every term of it (the foreign key cascades). */
    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> get(id).chain(offices::delete))
                .invoke(snapshots::invalidate)
                .invoke(() -> LOG.infof("Office %s deleted with its tenures", id));
    }

    private Uni<Void> rejectTakenWikidataId(String wikidataId, UUID exceptId) {
        return offices.wikidataIdTaken(KnowledgeText.blankToNull(wikidataId), exceptId).invoke(taken -> {
            if (taken) {
                throw new ConflictException("Another office already has the Wikidata id " + wikidataId);
            }
        }).replaceWithVoid();
    }

    private static void apply(Office office, OfficeRequest request) {
        office.title = request.title().trim();
        office.jurisdiction = KnowledgeText.blankToNull(request.jurisdiction());
        office.adjectives = KnowledgeText.cleanList(request.adjectives());
        office.aliases = KnowledgeText.cleanList(request.aliases());
        office.wikidataId = KnowledgeText.blankToNull(request.wikidataId());
    }
}
