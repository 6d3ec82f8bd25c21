package io.factcheck.knowledge;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Persisting many new rows at once, in the current session (the Wikidata import creates them in batches). */
final class KnowledgeRows {

    private KnowledgeRows() {
    }

    /** Unlike Panache's persist(Iterable), which fails on an empty list ("The Uni set is empty"). */
    static Uni<Void> persistAll(List<?> entities) {
        if (entities.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.persistAll(entities.toArray()));
    }
}
