package io.factcheck.knowledge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

/**
 * People of the knowledge base. Writes run in {@link Panache#withTransaction} rather than under
 * {@code @WithTransaction} so that the knowledge snapshot is invalidated after the commit, not before it.
 */
@ApplicationScoped
public class PersonService {

    private static final Logger LOG = Logger.getLogger(PersonService.class);

    private final PersonRepository people;
    private final TenureRepository tenures;
    private final KnowledgeSnapshots snapshots;

    public PersonService(PersonRepository people, TenureRepository tenures, KnowledgeSnapshots snapshots) {
        this.people = people;
        this.tenures = tenures;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<PersonView> get(UUID id) {
        return find(id).chain(person -> withTenures(List.of(person)).map(views -> views.get(0)));
    }

    @WithSession
    public Uni<Page<PersonView>> list(String q, PageRequest page) {
        return people.list(q, page).chain(rows -> {
            Page<Person> persons = page.page(rows, p -> p.createdAt, p -> p.id, p -> p);
            return withTenures(persons.items()).map(views -> new Page<>(views, persons.next()));
        });
    }

    public Uni<PersonView> create(PersonRequest request) {
        return Panache.withTransaction(() -> rejectTakenWikidataId(request.wikidataId(), null).chain(() -> {
            Instant now = Timestamps.now();
            Person person = new Person();
            apply(person, request);
            person.createdAt = now;
            person.updatedAt = now;
            return people.persist(person);
        })).invoke(snapshots::invalidate)
                .invoke(p -> LOG.infof("Person %s created: %s", p.id, p.name))
                .map(p -> PersonView.of(p, List.of()));
    }

    /** Replaces the person's fields; their tenures stay. */
    public Uni<PersonView> update(UUID id, PersonRequest request) {
        return Panache.withTransaction(() -> find(id)
                .call(person -> rejectTakenWikidataId(request.wikidataId(), id))
                .invoke(person -> {
                    apply(person, request);
                    person.updatedAt = Timestamps.now();
                }))
                .invoke(snapshots::invalidate)
                .invoke(p -> LOG.infof("Person %s updated: %s", p.id, p.name))
                .chain(person -> withTenures(List.of(person)).map(views -> views.get(0)));
    }

    /** Deletes the person with their tenures (the foreign key cascades). */
    public Uni<Void> delete(UUID id) {
        return Panache.withTransaction(() -> find(id).chain(people::delete))
                .invoke(snapshots::invalidate)
                .invoke(() -> LOG.infof("Person %s deleted with their tenures", id));
    }

    Uni<Person> find(UUID id) {
        return people.findById(id).onItem().ifNull().failWith(() -> new ResourceNotFoundException("person", id));
    }

    /** The people as views with their tenures, oldest term first: one query for all their tenures and offices. */
    private Uni<List<PersonView>> withTenures(List<Person> persons) {
        return tenures.withOffices(persons.stream().map(p -> p.id).toList()).map(rows -> {
            Map<UUID, List<TenureView>> byPerson = rows.stream()
                    .sorted(Comparator.comparing((TenureRepository.WithOffice r) -> r.tenure().startDate)
                            .thenComparing(r -> r.tenure().id))
                    .collect(Collectors.groupingBy(r -> r.tenure().personId,
                            Collectors.mapping(r -> TenureView.of(r.tenure(), r.office()), Collectors.toList())));
            return persons.stream().map(p -> PersonView.of(p, byPerson.getOrDefault(p.id, List.of()))).toList();
        });
    }

    private Uni<Void> rejectTakenWikidataId(String wikidataId, UUID exceptId) {
        return people.wikidataIdTaken(KnowledgeText.blankToNull(wikidataId), exceptId).invoke(taken -> {
            if (taken) {
                throw new ConflictException("Another person already has the Wikidata id " + wikidataId);
            }
        }).replaceWithVoid();
    }

    private static void apply(Person person, PersonRequest request) {
        person.name = request.name().trim();
        person.aliases = KnowledgeText.cleanList(request.aliases());
        person.wikidataId = KnowledgeText.blankToNull(request.wikidataId());
        person.description = KnowledgeText.blankToNull(request.description());
    }
}
