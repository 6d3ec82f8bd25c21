package io.factcheck.knowledge;

import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Lookups by Wikidata id, shared by people and offices (both carry a unique wikidataId). */
final class WikidataLinks {

    private WikidataLinks() {
    }

    static Uni<Boolean> taken(PanacheRepositoryBase<?, UUID> repository, String wikidataId, UUID exceptId) {
        if (wikidataId == null) {
            return Uni.createFrom().item(false);
        }
        return exceptId == null
                ? repository.count("wikidataId", wikidataId).map(n -> n > 0)
                : repository.count("wikidataId = ?1 and id <> ?2", wikidataId, exceptId).map(n -> n > 0);
    }

    static <E> Uni<List<E>> find(PanacheRepositoryBase<E, UUID> repository, List<String> wikidataIds) {
        return wikidataIds.isEmpty() ? Uni.createFrom().item(List.of()) : repository.list("wikidataId in ?1", wikidataIds);
    }
}
