package io.factcheck.knowledge;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.factcheck.check.KnowledgeSnapshot;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The knowledge the checker runs on, built from the database in three queries and cached until the next knowledge
 * write. Every write bumps the version after its transaction committed, so a snapshot built while the write was in
 * flight is never taken for the new knowledge. Writes made by another instance are not seen here until this
 * instance writes too (a cross-instance signal is future work).
 */
@ApplicationScoped
public class KnowledgeSnapshots {

    private final PersonRepository people;
    private final OfficeRepository offices;
    private final TenureRepository tenures;
    private final AtomicLong version = new AtomicLong();
    private volatile Cached cached;

    public KnowledgeSnapshots(PersonRepository people, OfficeRepository offices, TenureRepository tenures) {
        this.people = people;
        this.offices = offices;
        this.tenures = tenures;
    }

    /**
     * The current knowledge: the same instance until the knowledge changes, so what a caller derives from it can be
     * cached by identity. Must be subscribed on a Vert.x context (a request, or VertxContextSupport).
     */
    public Uni<KnowledgeSnapshot> current() {
        return Uni.createFrom().deferred(() -> {
            long wanted = version.get();
            Cached hit = cached;
            if (hit != null && hit.version() == wanted) {
                return Uni.createFrom().item(hit.snapshot());
            }
            return Panache.withSession(this::load).invoke(snapshot -> {
                if (version.get() == wanted) {
                    cached = new Cached(wanted, snapshot);
                }
            });
        });
    }

    /** Called by every knowledge write once its transaction has committed. */
    public void invalidate() {
        version.incrementAndGet();
    }

    private Uni<KnowledgeSnapshot> load() {
        Sort byId = Sort.by("id");
        return people.listAll(byId).chain(personRows -> offices.listAll(byId).chain(officeRows -> tenures
                .listAll(byId).map(tenureRows -> new KnowledgeSnapshot(
                        personRows.stream().map(p -> new KnowledgeSnapshot.Person(p.id.toString(), p.name,
                                List.copyOf(p.aliases))).toList(),
                        officeRows.stream().map(o -> new KnowledgeSnapshot.Office(o.id.toString(), o.title,
                                o.jurisdiction, List.copyOf(o.adjectives), List.copyOf(o.aliases), o.knownUntil))
                                .toList(),
                        tenureRows.stream().map(t -> new KnowledgeSnapshot.Tenure(t.id.toString(),
                                t.personId.toString(), t.officeId.toString(), t.startDate, t.endDate, t.precision,
                                t.source, KnowledgeFile.isActing(t.note))).toList()))));
    }

    private record Cached(long version, KnowledgeSnapshot snapshot) {
    }
}
